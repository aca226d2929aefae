/**
 * The events feed builds `handoff.opened` context packets side by side — one slow packet must not
 * hold up the building of the ones behind it — and still publishes every frame in emit order.
 */
import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { AgentEventFeed, type EventFrame } from '../../gateway/api/events-feed';
import type { Case } from '../../gateway/store/case-types';
import type { CaseContext } from '../../handoff/context-packet';
import { HandoffEventBus } from '../../handoff/event-bus';

/** A promise and the function that settles it. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('AgentEventFeed', () => {
  it('builds contexts concurrently and publishes frames in emit order', async () => {
    const bus = new HandoffEventBus();
    const pending = new Map<string, ReturnType<typeof deferred<CaseContext>>>();
    const feed = new AgentEventFeed({
      bus,
      logger: pino({ level: 'silent' }),
      contextOf: (caseId) => {
        const wait = deferred<CaseContext>();
        pending.set(caseId, wait);
        return wait.promise;
      },
    });
    const frames: EventFrame[] = [];
    feed.subscribe((frame) => frames.push(frame));

    const item = (id: string) => ({ id }) as Case;
    bus.emit('handoff.opened', { case: item('c1'), queuePosition: 1 });
    bus.emit('handoff.opened', { case: item('c2'), queuePosition: 2 });
    bus.emit('handoff.assigned', { case: item('c0') });
    bus.emit('handoff.opened', { case: item('c3'), queuePosition: 3 });
    // All three packets are being built before the first is done.
    expect([...pending.keys()]).toEqual(['c1', 'c2', 'c3']);

    // Finished in reverse order, published in emit order.
    for (const id of ['c3', 'c2']) pending.get(id)?.resolve({ marker: id } as unknown as CaseContext);
    await new Promise((resolve) => setImmediate(resolve));
    expect(frames).toEqual([]);
    pending.get('c1')?.resolve({ marker: 'c1' } as unknown as CaseContext);
    await vi.waitFor(() => expect(frames).toHaveLength(4));
    expect(frames.map((f) => [f.type, (f.data as { case: Case }).case.id])).toEqual([
      ['handoff.opened', 'c1'],
      ['handoff.opened', 'c2'],
      ['handoff.assigned', 'c0'],
      ['handoff.opened', 'c3'],
    ]);
    expect(frames.map((f) => (f.data as { context?: { marker: string } }).context?.marker)).toEqual([
      'c1',
      'c2',
      undefined,
      'c3',
    ]);
    feed.close();
  });
});
