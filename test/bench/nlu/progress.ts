/**
 * Progress on stderr: on a TTY one status line, redrawn every second with the elapsed time; elsewhere
 * one line per finished job, so logs stay readable.
 */

/** Shows what the run is doing; `finish` prints a permanent line for a finished job. */
export class ProgressLine {
  private status = '';
  private phase = '';
  private started = Date.now();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  /** A new job starts: `[3/24] nlpjs × clinc150`. */
  begin(job: string): void {
    this.started = Date.now();
    this.status = job;
    this.phase = 'starting';
    if (!this.stream.isTTY) return;
    this.timer ??= setInterval(() => this.draw(''), 1000);
    this.timer.unref();
    this.draw('');
  }

  /** The running job's latest phase, from its worker. */
  update(job: string, phase: string): void {
    this.status = job;
    if (this.stream.isTTY) this.draw(phase);
  }

  /** A job ended; `summary` says how. */
  finish(job: string, summary: string): void {
    if (this.stream.isTTY) this.stream.write('\r\x1b[K');
    this.stream.write(`${job}: ${summary}\n`);
  }

  /** Stops redrawing (call once at the end). */
  close(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  private draw(phase: string): void {
    if (phase !== '') this.phase = phase;
    const seconds = Math.round((Date.now() - this.started) / 1000);
    const text = `${this.status}: ${this.phase} (${seconds} s)`;
    const width = this.stream.columns > 0 ? this.stream.columns - 1 : 120;
    this.stream.write(`\r\x1b[K${text.slice(0, width)}`);
  }
}
