import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseDuration } from '../../gateway/config';

const emptyDir = () => mkdtempSync(join(tmpdir(), 'sb-config-'));

describe('configuration', () => {
  it('has embedded defaults that need nothing set', () => {
    const config = loadConfig({}, emptyDir());
    expect(config).toMatchObject({
      PORT: 3000,
      DATA_DIR: './data',
      LOG_LEVEL: 'info',
      reopenWindowMs: 86_400_000,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('names the bad key and says what is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, emptyDir())).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' }, emptyDir())).toThrow(
      /DATABASE_URL: must be a URL starting with postgres:\/\//,
    );
    expect(() => loadConfig({ LOG_LEVEL: 'loud' }, emptyDir())).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ SECRET_KEY: 'short' }, emptyDir())).toThrow(/SECRET_KEY: must be at least 32/);
    expect(() => loadConfig({ REOPEN_WINDOW: 'soon' }, emptyDir())).toThrow(/REOPEN_WINDOW/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'not-an-address' }, emptyDir())).toThrow(/ADMIN_EMAIL/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', KB_PATH: ' ' }, emptyDir()).DATABASE_URL).toBeUndefined();
  });

  it('reads a config file, lets the environment win, and rejects unknown keys in it', () => {
    const dir = emptyDir();
    writeFileSync(
      join(dir, 'switchboard.config.yaml'),
      'port: 4000\nlog_level: debug\nsla:\n  timezone: Asia/Shanghai\n',
    );
    const config = loadConfig({ LOG_LEVEL: 'warn' }, dir);
    expect(config).toMatchObject({ PORT: 4000, LOG_LEVEL: 'warn' });
    const other = join(dir, 'other.yaml');
    writeFileSync(other, 'prot: 4000\n');
    expect(() => loadConfig({ SWITCHBOARD_CONFIG: other }, dir)).toThrow(/PROT: unknown key/);
    expect(() => loadConfig({ SWITCHBOARD_CONFIG: join(dir, 'missing.yaml') }, dir)).toThrow(
      /SWITCHBOARD_CONFIG/,
    );
  });

  it('parses durations', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('10m')).toBe(600_000);
    expect(parseDuration('4h')).toBe(14_400_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(() => parseDuration('4 hours')).toThrow();
  });
});
