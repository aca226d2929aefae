/**
 * CPU accounting over a run's measured window: the server's CPU time, the database backends' (for
 * PostgreSQL, which runs on the same machine and is part of the system under test), and the share
 * used by everything else on the machine.
 */
import {
  foreignCpuShare,
  mainThreadTicks,
  processCpuMs,
  sampleCpu,
  ticksToMs,
  type CpuSample,
} from './cpu-share';

/** CPU figures of one window; each is undefined when it could not be measured. */
export interface CpuFigures {
  /** CPU time of this process (the load generator), ms. */
  generatorMs: number | undefined;
  /** CPU time of the server process, ms. */
  serverMs: number | undefined;
  /** CPU time of the server's main thread (its event loop) alone, ms. */
  serverMainThreadMs: number | undefined;
  /** CPU time of the database backends serving the run, ms (PostgreSQL only). */
  databaseMs: number | undefined;
  /** Share (0..1) of the machine's CPU used by processes outside the bench, server and database. */
  foreignShare: number | undefined;
}

const SERVER_INDEX = 1;

/** Samples at the window's start and end; `figures()` turns the two samples into CPU figures. */
export class CpuWindow {
  readonly #pids: number[];
  readonly #serverPid: number;
  #mainBefore: number | undefined;
  #mainAfter: number | undefined;
  readonly #databasePids: (() => Promise<number[]>) | undefined;
  #databaseCount = 0;
  #before: CpuSample | undefined;
  #after: CpuSample | undefined;
  #starting: Promise<void> = Promise.resolve();

  /** `databasePids` lists the database processes serving the server, looked up at the window's start. */
  constructor(serverPid: number, databasePids?: () => Promise<number[]>) {
    this.#pids = [process.pid, serverPid];
    this.#serverPid = serverPid;
    this.#databasePids = databasePids;
  }

  /** Called when the measured window opens. */
  begin(): void {
    this.#mainBefore = mainThreadTicks(this.#serverPid);
    const lookup = this.#databasePids;
    if (!lookup) {
      this.#before = sampleCpu(this.#pids);
      return;
    }
    // The backends exist only once the server has connected, so they are looked up now, not at start.
    this.#starting = lookup().then(
      (pids) => {
        this.#pids.push(...pids);
        this.#databaseCount = pids.length;
        this.#before = sampleCpu(this.#pids);
      },
      () => {
        this.#before = sampleCpu(this.#pids);
      },
    );
  }

  /** Called when the measured window closes. */
  end(): void {
    // If the start sample is still pending (a window shorter than a database query), none is valid.
    this.#after = this.#before ? sampleCpu(this.#pids) : undefined;
    this.#mainAfter = mainThreadTicks(this.#serverPid);
  }

  /** The figures of the window (waits for a start sample still in progress). */
  async figures(): Promise<CpuFigures> {
    await this.#starting;
    const before = this.#before;
    const after = this.#after;
    let databaseMs: number | undefined;
    for (let i = 0; i < this.#databaseCount; i++) {
      const ms = processCpuMs(before, after, SERVER_INDEX + 1 + i);
      if (ms !== undefined) databaseMs = (databaseMs ?? 0) + ms;
    }
    return {
      generatorMs: processCpuMs(before, after, 0),
      serverMs: processCpuMs(before, after, SERVER_INDEX),
      serverMainThreadMs: ticksToMs(this.#mainBefore, this.#mainAfter),
      databaseMs,
      foreignShare: foreignCpuShare(before, after),
    };
  }
}
