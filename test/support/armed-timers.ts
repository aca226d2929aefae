/** A timer scheduler that only remembers what was armed: the test fires timers itself. */
import type { TimerHandler, TimerScheduler } from '../../handoff/timers/timer-scheduler';

export class ArmedTimers implements TimerScheduler {
  /** Case id → when its next SLA wake-up is armed. */
  readonly armed = new Map<string, Date>();
  start(_onFire: TimerHandler): Promise<void> {
    return Promise.resolve();
  }
  schedule(key: string, at: Date): Promise<void> {
    this.armed.set(key, at);
    return Promise.resolve();
  }
  cancel(key: string): Promise<void> {
    this.armed.delete(key);
    return Promise.resolve();
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}
