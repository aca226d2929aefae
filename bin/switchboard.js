#!/usr/bin/env node
// The `switchboard` command. Runs the TypeScript sources through tsx so the CLI works in a checkout
// right after `npm install`, with no build step.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
const { register } = await import('tsx/esm/api');
register();
await import('../gateway/cli.ts');
