/**
 * A server under test running in its own child process, so it has a core to itself and the load
 * generator's CPU use does not show up as server latency. Knows how to start one, wait until it
 * answers `GET /healthz`, keep the tail of its output for error reports, and stop it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { get } from 'node:http';
import { StringDecoder } from 'node:string_decoder';
import { setTimeout as sleep } from 'node:timers/promises';

/** How to start a server process. */
export interface ServerProcessOptions {
  /** Shown in messages, e.g. `sqlite`. */
  label: string;
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The port the server was told to use; when absent, the first all-digits stdout line is read. */
  port?: number;
  /** Give up waiting for `/healthz` after this long. Default 60 s. */
  readyTimeoutMs?: number;
  /** After SIGTERM, wait this long before SIGKILL. Default 10 s. */
  stopTimeoutMs?: number;
}

const TAIL_LINES = 40;

/** A started server process, ready to take requests on `port`. */
export class ServerProcess {
  /** Lines the process wrote to stdout and stderr (a warn-level server should write almost none). */
  logLines = 0;
  private readonly tailLines: string[] = [];
  private readonly exited: Promise<string>;
  private exitDescription: string | undefined;
  private portSeen: ((port: number) => void) | undefined;

  /** The port the server listens on (known once `start` has resolved). */
  port = 0;

  private constructor(
    private readonly child: ChildProcess,
    private readonly options: ServerProcessOptions,
  ) {
    this.exited = new Promise((resolve) => {
      const settle = (description: string) => {
        this.exitDescription ??= description;
        resolve(this.exitDescription);
      };
      child.once('exit', (code, signal) => settle(signal ? `signal ${signal}` : `exit code ${code ?? '?'}`));
      // A process that cannot be spawned at all emits 'error' and may never emit 'exit'.
      child.once('error', (error) => settle(`could not run ${options.command}: ${error.message}`));
    });
    // Both pipes must be drained, or a chatty server blocks on a full pipe and looks slow.
    child.stdout?.on(
      'data',
      lineSplitter((line) => this.onLine(line)),
    );
    child.stderr?.on(
      'data',
      lineSplitter((line) => this.onLine(line)),
    );
  }

  /**
   * Starts the process and resolves once `GET /healthz` answers 200. Rejects — with the tail of the
   * server's output — if it exits first or is not ready within the timeout; the process is then
   * already stopped.
   */
  static async start(options: ServerProcessOptions): Promise<ServerProcess> {
    const child = spawn(options.command, [...options.args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new ServerProcess(child, options);
    try {
      await new Promise<void>((resolve, reject) => {
        child.once('spawn', resolve);
        child.once('error', reject);
      });
      await server.waitUntilReady(options.readyTimeoutMs ?? 60_000);
      return server;
    } catch (error) {
      await server.stop();
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`${options.label} server did not start: ${reason}\n${server.describeTail()}`, {
        cause: error,
      });
    }
  }

  /** The last lines the server wrote, indented, for error reports. */
  describeTail(): string {
    if (this.tailLines.length === 0) return '  (the server wrote nothing)';
    return this.tailLines.map((line) => `  | ${line}`).join('\n');
  }

  /** The server's process id (0 if it never started). */
  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** True while the process has not exited. */
  get running(): boolean {
    return this.exitDescription === undefined;
  }

  /** SIGTERM, then SIGKILL if it has not exited within the stop timeout. Resolves with how it ended. */
  async stop(): Promise<string> {
    if (this.exitDescription !== undefined) return this.exitDescription;
    this.child.kill('SIGTERM');
    const timeoutMs = this.options.stopTimeoutMs ?? 10_000;
    const timer = sleep(timeoutMs, 'timeout' as const, { ref: false });
    if ((await Promise.race([this.exited, timer])) !== 'timeout') return this.exited;
    this.child.kill('SIGKILL');
    return `${await this.exited} (did not stop within ${timeoutMs} ms of SIGTERM)`;
  }

  private onLine(line: string): void {
    const trimmed = line.trim();
    if (trimmed === '') return;
    if (this.portSeen && /^\d+$/.test(trimmed)) {
      this.portSeen(Number(trimmed));
      return;
    }
    this.logLines++;
    this.tailLines.push(line.length > 300 ? `${line.slice(0, 300)}…` : line);
    if (this.tailLines.length > TAIL_LINES) this.tailLines.shift();
  }

  private async waitUntilReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    this.port = this.options.port ?? (await this.waitForPortLine(timeoutMs));
    let lastProblem = 'no answer yet';
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`it exited (${this.exitDescription}) before /healthz answered`);
      const status = await probeHealth(this.port).catch((error: unknown) => String(error));
      if (status === 200) return;
      lastProblem = typeof status === 'number' ? `/healthz answered ${status}` : status;
      await sleep(100);
    }
    throw new Error(`GET /healthz not 200 within ${timeoutMs / 1000} s (last: ${lastProblem})`);
  }

  private async waitForPortLine(timeoutMs: number): Promise<number> {
    const line = new Promise<number>((resolve) => (this.portSeen = resolve));
    const outcome = await Promise.race([
      line,
      this.exited.then((how) => `it exited (${how}) before printing its port`),
      sleep(timeoutMs, `it printed no port within ${timeoutMs / 1000} s`, { ref: false }),
    ]);
    this.portSeen = undefined;
    if (typeof outcome === 'string') throw new Error(outcome);
    return outcome;
  }
}

/** One `GET /healthz` on 127.0.0.1 with a short timeout; resolves with the status code. */
function probeHealth(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.once('timeout', () => request.destroy(new Error('/healthz timed out')));
    request.once('error', reject);
  });
}

/** A `data` handler that calls `onLine` per complete line, carrying a partial line to the next chunk. */
function lineSplitter(onLine: (line: string) => void): (chunk: Buffer) => void {
  // The decoder keeps a multi-byte character that straddles two chunks whole.
  const decoder = new StringDecoder('utf8');
  let partial = '';
  return (chunk) => {
    const lines = (partial + decoder.write(chunk)).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  };
}
