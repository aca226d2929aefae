/**
 * The feed behind `/api/v1/events`: one subscription to the handoff event bus per process, turned
 * into JSON frames `{type, at, data}` once and fanned out to every connection in emit order.
 * `handoff.opened` carries the case's whole context packet, built once for all agents. With a
 * relay (Redis), frames also go to and come from the other gateway processes.
 */
import type { Logger } from 'pino';
import type { KnownCase } from '../../handoff/context-builder';
import type { CaseContext } from '../../handoff/context-packet';
import type { HandoffEventBus, HandoffEventMap, HandoffEventType } from '../../handoff/event-bus';
import type { EventRelay } from './redis-event-relay';

/** One frame on the events socket. */
export interface EventFrame {
  type: HandoffEventType;
  /** ISO time the event was seen. */
  at: string;
  data: unknown;
}

/** Options of {@link AgentEventFeed}. */
export interface AgentEventFeedOptions {
  bus: HandoffEventBus;
  /** `known`: the opened case and its queue position from the event, so it is not read again. */
  contextOf: (caseId: string, known?: KnownCase) => Promise<CaseContext>;
  logger: Logger;
  clock?: () => Date;
  /** Shares frames with the other gateway processes (Redis); absent: this process's events only. */
  relay?: EventRelay;
}

/** Events only supervisors receive. */
export const SUPERVISOR_EVENTS: ReadonlySet<HandoffEventType> = new Set([
  'sla.warning',
  'sla.breached',
  'handoff.reassign-offered',
]);

const TYPES: HandoffEventType[] = [
  'handoff.opened',
  'handoff.assigned',
  'handoff.resolved',
  'handoff.returned',
  'handoff.requeued',
  'handoff.reassign-offered',
  'message.created',
  'sla.warning',
  'sla.breached',
];

/** Fans the bus out to connections as frames. */
export class AgentEventFeed {
  readonly #options: AgentEventFeedOptions;
  readonly #listeners = new Set<(frame: EventFrame) => void>();
  readonly #stops: (() => void)[] = [];
  #chain: Promise<void> = Promise.resolve();

  constructor(options: AgentEventFeedOptions) {
    this.#options = options;
    for (const type of TYPES) {
      this.#stops.push(options.bus.on(type, (payload) => this.#enqueue(type, payload)));
    }
    options.relay?.onRemote((frame) => this.#fanOut(frame));
  }

  /** Receive every frame from now on; returns the function that stops. */
  subscribe(listener: (frame: EventFrame) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stop listening to the bus. */
  close(): void {
    for (const stop of this.#stops.splice(0)) stop();
    this.#listeners.clear();
  }

  #enqueue<T extends HandoffEventType>(type: T, payload: HandoffEventMap[T]): void {
    const at = (this.#options.clock?.() ?? new Date()).toISOString();
    // Contexts are built at once, side by side (built one after another, a slow one held up every
    // case behind it); one chain publishes the frames in emit order. `#dataOf` never rejects.
    const data = this.#dataOf(type, payload);
    this.#chain = this.#chain
      .then(async () => this.#publish({ type, at, data: await data }))
      .catch((error: unknown) =>
        this.#options.logger.error({ err: error, event: type }, 'event frame failed'),
      );
  }

  async #dataOf<T extends HandoffEventType>(type: T, payload: HandoffEventMap[T]): Promise<unknown> {
    if (type !== 'handoff.opened' || (this.#listeners.size === 0 && !this.#options.relay)) return payload;
    const opened = payload as HandoffEventMap['handoff.opened'];
    try {
      return { ...opened, context: await this.#options.contextOf(opened.case.id, opened) };
    } catch (error) {
      // The agent still learns of the case; GET /handoffs/:id gives the context later.
      this.#options.logger.error({ err: error, caseId: opened.case.id }, 'context for handoff.opened failed');
      return { ...opened, context: null };
    }
  }

  #publish(frame: EventFrame): void {
    this.#fanOut(frame);
    this.#options.relay?.publish(frame);
  }

  #fanOut(frame: EventFrame): void {
    for (const listener of this.#listeners) listener(frame);
  }
}
