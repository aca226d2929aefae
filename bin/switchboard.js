#!/usr/bin/env node
// The `switchboard` command. Runs the TypeScript sources through tsx so the CLI works in a checkout
// right after `npm install`, with no build step. `npm start` runs it with `--max-semi-space-size=32`
// (a busy server has many turns in flight, and fewer, larger scavenges copy them less often; see the
// README's benchmark section); the shebang stays plain, since `env -S` is not everywhere.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
const { register } = await import('tsx/esm/api');
register();
await import('../gateway/cli.ts');
