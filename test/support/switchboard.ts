/**
 * A whole Switchboard for tests, built by the real composition root on a fresh real store, with
 * the bundled demo knowledge base and the web chat channel.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../../gateway/config';
import { createSwitchboard, type Switchboard, type SwitchboardOverrides } from '../../gateway/main';
import { STORE_KINDS } from './stores';

export interface TestSwitchboard {
  switchboard: Switchboard;
  dataDir: string;
  dispose(): Promise<void>;
}

export async function startTestSwitchboard(
  kind: 'sqlite' | 'postgres' = 'sqlite',
  overrides: SwitchboardOverrides = {},
  /** Extra configuration keys (e.g. ADMIN_EMAIL), as environment variables. */
  extraConfig: Record<string, string> = {},
): Promise<TestSwitchboard> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sb-app-'));
  const testStore = await STORE_KINDS.find((k) => k.name === kind)?.make();
  if (!testStore) throw new Error(`unknown store kind ${kind}`);
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    SECRET_KEY: 'test-secret-key-that-is-long-enough-0123456789',
    ...extraConfig,
  });
  const switchboard = await createSwitchboard(config, {
    logger: pino({ level: 'silent' }),
    store: testStore.store,
    ...overrides,
  });
  return {
    switchboard,
    dataDir,
    async dispose() {
      await switchboard.close();
      await testStore.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
