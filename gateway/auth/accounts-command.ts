/**
 * `switchboard accounts …`: accounts from the command line, on the database the configuration names
 * — the way back in when nobody can sign in as an admin (ADMIN_EMAIL only creates the first one).
 * Passwords are read from standard input, never from arguments (which other users of the machine
 * can see in the process list).
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { Config } from '../config';
import { badRequest } from '../errors';
import { createStore } from '../store';
import type { Store } from '../store/types';
import { AccountService, normalizeEmail } from './account-service';
import { ROLES } from './roles';
import type { Account } from './types';

export const ACCOUNTS_USAGE = `Usage:
  switchboard accounts list                       accounts, their roles and state
  switchboard accounts create EMAIL --role ROLE [--role ROLE…] [--name NAME]
                                                  a new account; its password is read from stdin
  switchboard accounts reset-password EMAIL       set a new password (read from stdin), end its sessions
  switchboard accounts disable EMAIL              stop an account signing in; ends its sessions
  switchboard accounts enable EMAIL               let it sign in again
Roles: ${ROLES.join(', ')}.`;

/** Where the command reads and writes. */
export interface AccountsCommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** The password: the first line of standard input. */
  readSecret: () => Promise<string>;
}

const SUBCOMMANDS = ['list', 'create', 'reset-password', 'disable', 'enable'];

/** Runs `switchboard accounts <args>`; resolves to the exit code. */
export async function runAccountsCommand(
  args: string[],
  config: () => Config,
  io: AccountsCommandIo,
): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || !SUBCOMMANDS.includes(sub)) {
    io.err(ACCOUNTS_USAGE);
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    options: { role: { type: 'string', multiple: true }, name: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const settings = config();
  const store = createStore({
    dataDir: settings.DATA_DIR,
    ...(settings.DATABASE_URL ? { databaseUrl: settings.DATABASE_URL } : {}),
  });
  try {
    await store.migrate();
    const accounts = new AccountService({ accounts: store.accounts });
    if (sub === 'list') {
      for (const account of await accounts.list()) io.out(describe(account));
      return 0;
    }
    const email = positionals[0];
    if (email === undefined) throw badRequest(`Name the account's email: switchboard accounts ${sub} EMAIL`);
    const done = await change(
      sub,
      email,
      accounts,
      store,
      { roles: values.role ?? [], name: values.name },
      io,
    );
    io.out(describe(done));
    return 0;
  } finally {
    await store.close();
  }
}

async function change(
  sub: string,
  email: string,
  accounts: AccountService,
  store: Store,
  options: { roles: string[]; name: string | undefined },
  io: AccountsCommandIo,
): Promise<Account> {
  if (sub === 'create') {
    const roles = options.roles.filter((role): role is (typeof ROLES)[number] =>
      (ROLES as readonly string[]).includes(role),
    );
    if (roles.length === 0 || roles.length !== options.roles.length) {
      throw badRequest(`Give one or more --role from ${ROLES.join(', ')}.`);
    }
    const password = await io.readSecret();
    return accounts.create({
      email,
      password,
      roles,
      ...(options.name ? { displayName: options.name } : {}),
    });
  }
  const existing = await store.accounts.findByEmail(normalizeEmail(email));
  if (existing === null) throw badRequest(`No account with email ${normalizeEmail(email)}.`);
  if (sub === 'reset-password') return accounts.update(existing.id, { password: await io.readSecret() });
  return accounts.update(existing.id, { disabled: sub === 'disable' });
}

/**
 * Reads one line from `input` without echoing it on a terminal (a prompt goes to `prompt`); from a
 * pipe, the first line.
 */
export function readSecretLine(input: NodeJS.ReadStream, prompt: (text: string) => void): Promise<string> {
  const terminal = input.isTTY === true;
  if (terminal) prompt('New password (not shown): ');
  const muted = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  const lines = createInterface({ input, output: muted, terminal });
  return new Promise((resolve, reject) => {
    lines.once('line', (line) => {
      // Settle before close(): closing emits 'close' at once, whose handler would settle with ''.
      resolve(line);
      if (terminal) prompt('\n');
      lines.close();
    });
    lines.once('close', () => resolve(''));
    input.once('error', reject);
  });
}

function describe(account: Account): string {
  const state = account.disabled ? 'disabled' : 'active';
  return `${account.id}  ${account.email}  ${account.roles.join(',')}  ${state}`;
}
