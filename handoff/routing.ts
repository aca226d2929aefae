/**
 * Routing: the queue is served by priority, then longest waiting (the store orders it). An agent
 * gets a case only while `online` with capacity left, and only one their skills cover. Push routing
 * hands each queued case in service order to the eligible agent with the lowest load (share of
 * capacity in use), the longest online first on a tie.
 */
import type { AgentPresence } from '../gateway/store/agent-repository';
import type { Case, CaseRepository } from '../gateway/store/case-types';
import type { AgentProfile } from './handoff-queue';

/** How many queued cases routing looks through in one pass. */
export const ROUTING_WINDOW = 200;

/** Whether the agent's languages, channels and topic tags cover the case. */
export function skillsCover(agent: AgentProfile, item: Case): boolean {
  const language = item.locale?.toLowerCase().split(/[-_]/)[0];
  const speaks =
    !agent.languages || language === undefined || agent.languages.some((l) => l.toLowerCase() === language);
  const channel = !agent.channels || agent.channels.includes(item.channel);
  const topic = !agent.tags || item.tags.length === 0 || item.tags.some((tag) => agent.tags?.includes(tag));
  return speaks && channel && topic;
}

/** The routing profile of a stored agent. */
export function profileOf(agent: AgentPresence): AgentProfile {
  return {
    id: agent.agentId,
    capacity: agent.capacity,
    ...(agent.languages ? { languages: agent.languages } : {}),
    ...(agent.channels ? { channels: agent.channels } : {}),
    ...(agent.tags ? { tags: agent.tags } : {}),
  };
}

/** The first queued case in service order the agent can take; null when at capacity or none fits. */
export async function nextCaseFor(cases: CaseRepository, agent: AgentProfile): Promise<Case | null> {
  if ((await cases.countAssigned(agent.id)) >= agent.capacity) return null;
  const queued = await cases.listQueued(ROUTING_WINDOW);
  return queued.find((item) => skillsCover(agent, item)) ?? null;
}

/**
 * Online agents who could take the case now (skills cover it, capacity left, not its assignee),
 * best first: lowest load, then longest online.
 */
export function eligibleAgents(
  item: Case,
  online: readonly AgentPresence[],
  loads: ReadonlyMap<string, number>,
): AgentPresence[] {
  const load = (agent: AgentPresence) => (loads.get(agent.agentId) ?? 0) / Math.max(1, agent.capacity);
  return online
    .filter(
      (agent) =>
        agent.status === 'online' &&
        agent.agentId !== item.assigneeId &&
        (loads.get(agent.agentId) ?? 0) < agent.capacity &&
        skillsCover(profileOf(agent), item),
    )
    .sort((a, b) => load(a) - load(b) || a.statusSince.getTime() - b.statusSince.getTime());
}

/** Which queued case goes to which agent, greedily in service order; `loads` is updated. */
export function planAssignments(
  queued: readonly Case[],
  online: readonly AgentPresence[],
  loads: Map<string, number>,
): Array<{ item: Case; agentId: string }> {
  const plan: Array<{ item: Case; agentId: string }> = [];
  for (const item of queued) {
    const agent = eligibleAgents(item, online, loads)[0];
    if (!agent) continue;
    plan.push({ item, agentId: agent.agentId });
    loads.set(agent.agentId, (loads.get(agent.agentId) ?? 0) + 1);
  }
  return plan;
}
