/**
 * Routing basics: the queue is served by priority, then longest waiting (the store orders it); an
 * agent gets the first queued case their skills cover, while they have capacity left.
 */
import type { Case, CaseRepository } from '../gateway/store/case-types';
import type { AgentProfile } from './handoff-queue';

/** How many queued cases routing looks through for one agent. */
const ROUTING_WINDOW = 200;

/** Whether the agent's languages, channels and topic tags cover the case. */
export function skillsCover(agent: AgentProfile, item: Case): boolean {
  const language = item.locale?.toLowerCase().split(/[-_]/)[0];
  const speaks =
    !agent.languages || language === undefined || agent.languages.some((l) => l.toLowerCase() === language);
  const channel = !agent.channels || agent.channels.includes(item.channel);
  const topic = !agent.tags || item.tags.length === 0 || item.tags.some((tag) => agent.tags?.includes(tag));
  return speaks && channel && topic;
}

/** The first queued case in service order the agent can take; null when at capacity or none fits. */
export async function nextCaseFor(cases: CaseRepository, agent: AgentProfile): Promise<Case | null> {
  if ((await cases.countAssigned(agent.id)) >= agent.capacity) return null;
  const queued = await cases.listQueued(ROUTING_WINDOW);
  return queued.find((item) => skillsCover(agent, item)) ?? null;
}
