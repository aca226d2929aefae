/**
 * `AgentRouter`: push routing and agent availability. `route()` hands queued cases to online
 * agents with capacity (routing.ts decides who); it runs when a case opens or closes and when an
 * agent comes online or changes skills. Runs in one process never overlap: a call during a run
 * waits for one more run after it. Across processes the store's conditional claim keeps a case
 * with one agent; an agent may then briefly hold one case over capacity.
 *
 * Status: `online` takes new cases; `away` keeps the cases held and gets no new ones; `offline`
 * puts every case the agent holds back in the queue (in its old place: it keeps its waiting time)
 * for online agents to take, so no customer waits on someone who left.
 */
import type { Logger } from 'pino';
import type { AgentPresence, AgentSkills, AgentStatus } from '../gateway/store/agent-repository';
import type { Case } from '../gateway/store/case-types';
import type { Store } from '../gateway/store/types';
import type { HandoffEventBus } from './event-bus';
import { eligibleAgents, planAssignments, ROUTING_WINDOW } from './routing';

/** Options of {@link AgentRouter}. */
export interface AgentRouterOptions {
  store: Store;
  bus: HandoffEventBus;
  logger: Logger;
  clock: () => Date;
}

/** Routing passes stop after this many in a row, however busy the queue (another call resumes). */
const MAX_PASSES = 20;

/** Assigns queued cases to online agents and keeps agents' status. */
export class AgentRouter {
  readonly #options: AgentRouterOptions;
  #running: Promise<void> | undefined;
  #again = false;

  constructor(options: AgentRouterOptions) {
    this.#options = options;
  }

  /** Route now; resolves once a run that started after this call has finished. Never rejects. */
  route(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#loop().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /** Set an agent's status; going offline requeues their cases, coming online routes to them. */
  async setStatus(agentId: string, status: AgentStatus): Promise<AgentPresence> {
    const { store, bus, clock } = this.#options;
    const { agent, previous } = await store.agents.setStatus(agentId, status, clock());
    if (status === 'offline' && previous !== 'offline') {
      for (const item of await store.cases.listAssigned(agentId)) {
        const requeued = await store.cases.requeue(item.id, agentId, `agent:${agentId}`, clock());
        if (requeued) bus.emit('handoff.requeued', { case: requeued, previousAssigneeId: agentId });
      }
    }
    if (status !== 'away') await this.route();
    return agent;
  }

  /** Change an agent's skills or capacity (supervisors); routes again. */
  async setSkills(agentId: string, skills: AgentSkills): Promise<AgentPresence> {
    const agent = await this.#options.store.agents.setSkills(agentId, skills, this.#options.clock());
    await this.route();
    return agent;
  }

  /** Online agents who could take this case now, best first (see routing.ts). */
  async candidatesFor(item: Case): Promise<AgentPresence[]> {
    const { store } = this.#options;
    const [online, loads] = await Promise.all([store.agents.listOnline(), store.cases.assignedCounts()]);
    return eligibleAgents(item, online, loads);
  }

  async #loop(): Promise<void> {
    for (let pass = 0; pass < MAX_PASSES; pass += 1) {
      this.#again = false;
      try {
        const assigned = await this.#pass();
        if (assigned === 0 && !this.#again) return;
      } catch (error) {
        this.#options.logger.error({ err: error }, 'routing failed; the next case event routes again');
        return;
      }
    }
  }

  /** One pass over the queue; returns how many cases it assigned. */
  async #pass(): Promise<number> {
    const { store, bus, clock } = this.#options;
    const online = await store.agents.listOnline();
    if (online.length === 0) return 0;
    const [queued, loads] = await Promise.all([
      store.cases.listQueued(ROUTING_WINDOW),
      store.cases.assignedCounts(),
    ]);
    let assigned = 0;
    for (const { item, agentId } of planAssignments(queued, online, loads)) {
      const claimed = await store.cases.claimRouted(item.id, agentId, clock());
      if (!claimed) continue;
      assigned += 1;
      bus.emit('handoff.assigned', { case: claimed, routed: true });
    }
    return assigned;
  }
}
