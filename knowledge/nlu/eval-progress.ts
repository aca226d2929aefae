/**
 * Progress of a long evaluation on stderr: on a terminal one live line rewritten in place (at most
 * every 100 ms); otherwise one plain line per stage, so logs stay readable.
 */

/** Where progress goes: a write function and whether it is a terminal. */
export interface ProgressSink {
  write(text: string): void;
  isTTY: boolean;
}

/** Reports stages and counts within a stage. */
export class EvalProgress {
  private lastDraw = 0;
  private live = false;

  constructor(
    private readonly sink: ProgressSink,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Starts a stage (`training`, `choosing threshold: fold 2/5`, …). */
  stage(name: string): void {
    if (this.sink.isTTY) this.draw(`${name}…`, true);
    else this.sink.write(`${name}\n`);
  }

  /** Count within the current stage; drawn on a terminal only. */
  tick(name: string, done: number, total: number): void {
    if (!this.sink.isTTY) return;
    const width = 24;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    this.draw(
      `${name} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`,
      done === total,
    );
  }

  /** Ends the live line, if any. */
  done(): void {
    if (this.live) this.sink.write('\n');
    this.live = false;
  }

  private draw(text: string, force: boolean): void {
    const now = this.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.live = true;
    this.sink.write(`\r\x1b[K${text}`);
  }
}
