/**
 * A throw-away PostgreSQL database for one benchmark run, so the real server starts on an empty
 * schema and the run leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A database created for this run. */
export interface BenchDatabase {
  name: string;
  /** Connection URL for the new database (the base URL with its database name replaced). */
  url: string;
  /** Process ids of the PostgreSQL backends connected to the database right now. */
  backendPids(): Promise<number[]>;
  /** Drops the database, disconnecting anyone still connected. */
  drop(): Promise<void>;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The URL without its password, for error messages. */
function describeServer(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}

/**
 * Creates `sb_bench_<random>` on the server of `baseUrl` (which must name an existing database to
 * connect to). The name is generated here, never taken from input, so quoting it is safe.
 */
export async function createBenchDatabase(baseUrl: string): Promise<BenchDatabase> {
  const name = `sb_bench_${randomBytes(6).toString('hex')}`;
  const target = new URL(baseUrl);
  target.pathname = `/${name}`;
  try {
    await withClient(baseUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`could not create database ${name} via ${describeServer(baseUrl)}: ${reason}`, {
      cause: error,
    });
  }
  return {
    name,
    url: target.toString(),
    backendPids: () =>
      withClient(baseUrl, async (client) => {
        const result = await client.query<{ pid: number }>(
          'select pid from pg_stat_activity where datname = $1',
          [name],
        );
        return result.rows.map((row) => row.pid);
      }),
    drop: async () => {
      await withClient(baseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
