#!/usr/bin/env -S node --max-semi-space-size=32
// The `switchboard` command. Runs the TypeScript sources through tsx so the CLI works in a checkout
// right after `npm install`, with no build step. The Node option above (also in `npm start`) lets the
// young generation grow to 32 MB per semi-space: a busy server has many turns in flight, and fewer,
// larger scavenges copy them less often (see the README's benchmark section).
process.env.DOTENV_CONFIG_QUIET ??= 'true';
const { register } = await import('tsx/esm/api');
register();
await import('../gateway/cli.ts');
