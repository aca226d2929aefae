/**
 * Traffic KPIs of a range: bot containment (conversations started in the range that never got a
 * case), volumes per channel, and one row per UTC day for a chart. Days are `created_at / 86400000`
 * in integer arithmetic, which SQLite and PostgreSQL both do on 64-bit integers.
 */
import { sql } from 'kysely';
import {
  casesInScope,
  conversationsInScope,
  DAY_MS,
  messagesInScope,
  ratio,
  toNumber,
  type StatsDb,
} from './stats-scope';
import type { ChannelVolume, Containment, DailyStats, StatsQuery } from './stats-types';
import { INBOUND } from './schema';

/** Conversations started in the range, and how many of them reached a person. */
export async function containment(db: StatsDb, query: StatsQuery): Promise<Containment> {
  const count = (handedOff: boolean) => {
    const scoped = conversationsInScope(db, query);
    return (handedOff ? scoped.where('id', 'in', db.selectFrom('cases').select('conversation_id')) : scoped)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
  };
  const [all, reached] = await Promise.all([count(false), count(true)]);
  const conversations = toNumber(all?.n);
  const handedOff = toNumber(reached?.n);
  const contained = conversations - handedOff;
  return { conversations, handedOff, contained, rate: ratio(contained, conversations) };
}

/** Messages each way, conversations and cases per channel; channels without any are left out. */
export async function channelVolumes(db: StatsDb, query: StatsQuery): Promise<ChannelVolume[]> {
  const [messages, conversations, cases] = await Promise.all([
    messagesInScope(db, query)
      .select((eb) => ['channel', 'direction', eb.fn.countAll<number>().as('n')])
      .groupBy(['channel', 'direction'])
      .execute(),
    conversationsInScope(db, query)
      .select((eb) => ['channel', eb.fn.countAll<number>().as('n')])
      .groupBy('channel')
      .execute(),
    casesInScope(db, query)
      .select((eb) => ['channel', eb.fn.countAll<number>().as('n')])
      .groupBy('channel')
      .execute(),
  ]);
  const channels = [...new Set([...messages, ...conversations, ...cases].map((row) => row.channel))].sort();
  const sent = (channel: string, direction: string) =>
    toNumber(messages.find((row) => row.channel === channel && row.direction === direction)?.n);
  return channels.map((channel) => ({
    channel,
    inbound: sent(channel, 'in'),
    outbound: sent(channel, 'out'),
    conversations: toNumber(conversations.find((row) => row.channel === channel)?.n),
    cases: toNumber(cases.find((row) => row.channel === channel)?.n),
  }));
}

type DayCounts = Map<number, number>;

const dayOf = (column: string) => sql<number>`${sql.ref(column)} / ${sql.lit(DAY_MS)}`;

async function perDay<T extends { n: unknown; day: unknown }>(rows: Promise<T[]>): Promise<DayCounts> {
  return new Map((await rows).map((row) => [toNumber(row.day), toNumber(row.n)]));
}

/** One row per UTC day touched by the range, zeros included. */
export async function dailySeries(db: StatsDb, query: StatsQuery): Promise<DailyStats[]> {
  const [conversations, inbound, opened, resolved] = await Promise.all([
    perDay(
      conversationsInScope(db, query)
        .select((eb) => [dayOf('created_at').as('day'), eb.fn.countAll<number>().as('n')])
        .groupBy(dayOf('created_at'))
        .execute(),
    ),
    perDay(
      messagesInScope(db, query)
        .where('direction', '=', INBOUND)
        .select((eb) => [dayOf('created_at').as('day'), eb.fn.countAll<number>().as('n')])
        .groupBy(dayOf('created_at'))
        .execute(),
    ),
    perDay(
      casesInScope(db, query)
        .select((eb) => [dayOf('opened_at').as('day'), eb.fn.countAll<number>().as('n')])
        .groupBy(dayOf('opened_at'))
        .execute(),
    ),
    perDay(resolvedPerDay(db, query)),
  ]);
  const days: DailyStats[] = [];
  const last = Math.floor((query.to.getTime() - 1) / DAY_MS);
  for (let day = Math.floor(query.from.getTime() / DAY_MS); day <= last; day += 1) {
    days.push({
      day: new Date(day * DAY_MS).toISOString().slice(0, 10),
      conversations: conversations.get(day) ?? 0,
      inbound: inbound.get(day) ?? 0,
      casesOpened: opened.get(day) ?? 0,
      casesResolved: resolved.get(day) ?? 0,
    });
  }
  return days;
}

/** Cases resolved in the range (whenever opened), with the channel and priority filters. */
function resolvedPerDay(db: StatsDb, query: StatsQuery) {
  return casesInScope(db, query, 'resolved_at')
    .select((eb) => [dayOf('resolved_at').as('day'), eb.fn.countAll<number>().as('n')])
    .groupBy(dayOf('resolved_at'))
    .execute();
}
