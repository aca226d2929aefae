/**
 * The timer seam of the handoff queue: wake me up for `key` at `at`. Two implementations pass one
 * contract suite (test/handoff/timer-contract.ts): in-process (`MemoryTimerScheduler`, the embedded
 * default) and BullMQ delayed jobs on Redis (`BullmqTimerScheduler`). Timers carry no truth: the
 * database does, and the SLA reconciler arms them again from it, so a lost timer is only late.
 */

/** One timer that came due. */
export interface DueTimer {
  key: string;
  /** When it was meant to fire. */
  at: Date;
}

/** Called for each due timer; a rejection is logged, the timer is not retried (the reconciler re-arms). */
export type TimerHandler = (timer: DueTimer) => Promise<void>;

export interface TimerScheduler {
  /** Begin delivering due timers to `onFire`. Timers armed before `start` wait for it. */
  start(onFire: TimerHandler): Promise<void>;
  /**
   * Arm `key` to fire at `at` (now, when `at` is past). The same (key, at) fires once however often
   * it is armed; arming `key` at another time replaces what this scheduler armed for it before.
   */
  schedule(key: string, at: Date): Promise<void>;
  /** Disarm what this scheduler armed for `key`. */
  cancel(key: string): Promise<void>;
  /** Stop firing and release resources; armed timers that live outside the process survive. */
  close(): Promise<void>;
}
