import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/**/*.test.ts',
      'gateway/**/*.test.ts',
      'adapters/**/*.test.ts',
      'bot/**/*.test.ts',
      'knowledge/**/*.test.ts',
      'handoff/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { DOTENV_CONFIG_QUIET: 'true' },
  },
});
