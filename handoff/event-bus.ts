/**
 * The handoff event bus: what happened to cases, in this process, for the agent events socket,
 * supervisors' notifications and metrics. Events are dotted names (DESIGN.md). A listener's failure
 * is reported to `onError` and never reaches the emitter: the case change is already stored.
 */
import type { SlaAction, SlaEvent, SlaTarget } from './sla';
import type { Case } from '../gateway/store/case-types';
import type { StoredMessage } from '../gateway/message';

/** Every event and its payload. */
export interface HandoffEventMap {
  'handoff.opened': { case: Case; queuePosition: number | null };
  /** `routed`: routing gave it to an online agent; `previousAssigneeId`: a supervisor reassigned it. */
  'handoff.assigned': { case: Case; routed?: boolean; previousAssigneeId?: string | null; by?: string };
  /** The assignee went offline: the case is back in the queue. */
  'handoff.requeued': { case: Case; previousAssigneeId: string };
  /** A breach asks supervisors to consider another agent: these online agents could take it now. */
  'handoff.reassign-offered': { case: Case; targets: SlaTarget[]; agentIds: string[] };
  'handoff.resolved': { case: Case };
  'handoff.returned': { case: Case };
  /** A customer message attached to a case, or an agent's reply on it. */
  'message.created': { case: Case; message: StoredMessage };
  'sla.warning': { case: Case; event: SlaEvent };
  /** `escalation` is what the policy asks for: supervisors notified, priority raised, reassignment offered. */
  'sla.breached': { case: Case; event: SlaEvent; escalation: SlaAction[] };
}

export type HandoffEventType = keyof HandoffEventMap;

type Listener<T extends HandoffEventType> = (payload: HandoffEventMap[T]) => void;

/** A small typed, synchronous emitter. */
export class HandoffEventBus {
  readonly #listeners = new Map<HandoffEventType, Set<Listener<never>>>();
  readonly #onError: (error: unknown, type: HandoffEventType) => void;

  constructor(onError: (error: unknown, type: HandoffEventType) => void = () => undefined) {
    this.#onError = onError;
  }

  /** Listen to one event type; returns the function that stops listening. */
  on<T extends HandoffEventType>(type: T, listener: Listener<T>): () => void {
    const set = this.#listeners.get(type) ?? new Set();
    set.add(listener);
    this.#listeners.set(type, set);
    return () => set.delete(listener);
  }

  emit<T extends HandoffEventType>(type: T, payload: HandoffEventMap[T]): void {
    for (const listener of this.#listeners.get(type) ?? []) {
      try {
        (listener as Listener<T>)(payload);
      } catch (error) {
        this.#onError(error, type);
      }
    }
  }
}
