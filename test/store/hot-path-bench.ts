/**
 * Micro-benchmark of the store's share of one turn: resolveIdentity, currentConversation, then
 * insertInbound, completeTurn (one reply), claimOutbox and markSent — or, in mode `whole`, the web
 * chat's recordTurn (the turn stored whole, its reply delivered inline). Not a test: run it by hand.
 *
 *   npx tsx test/store/hot-path-bench.ts [sqlite|postgres|both] [turns=5000] [concurrency=16] [stored|whole]
 *
 * Sessions write five messages each, so one turn in five creates a customer. PostgreSQL comes from
 * TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), in a schema dropped after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { newId } from '../../gateway/ids';
import { createPostgresStore, createSqliteStore } from '../../gateway/store/index';
import type { Store } from '../../gateway/store/types';

const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const [which = 'both', turnsArg = '5000', concurrencyArg = '16', mode = 'stored'] = process.argv.slice(2);
const whole = mode === 'whole';
const turns = Number(turnsArg);
const concurrency = Number(concurrencyArg);

async function turn(store: Store, index: number): Promise<void> {
  const at = new Date();
  const address = `session-${Math.floor(index / 5)}`;
  const { customer } = await store.resolveIdentity('web', address, at);
  const conversation = await store.currentConversation(customer.id, 'web', address, at, 86_400_000);
  const inbound = {
    id: newId('msg'),
    conversationId: conversation.id,
    customerId: customer.id,
    channel: 'web' as const,
    externalId: newId('ext'),
    threadKey: address,
    address,
    text: '我想退掉已经买的机票',
    attachments: [],
    locale: 'zh-CN',
    metadata: {},
    raw: { text: '我想退掉已经买的机票' },
    sentAt: null,
    createdAt: at,
  };
  const outcome = {
    decision: {
      kind: 'answer',
      entryId: 'flight-refund',
      candidates: [{ id: 'flight-refund', score: 0.91 }],
    },
    conversationId: conversation.id,
    state: 'bot' as const,
    botState: { fallbacks: 0 },
    at,
    replies: [
      {
        id: newId('msg'),
        conversationId: conversation.id,
        customerId: customer.id,
        channel: 'web' as const,
        address,
        author: 'bot' as const,
        inReplyTo: inbound.id,
        text: '在“我的订单”中选择机票订单，点击退票。',
        options: [],
        attachments: [],
        locale: 'zh-CN',
        threadKey: address,
        metadata: {},
        idempotencyKey: `reply:${inbound.id}:0`,
        deliveredInline: whole,
        createdAt: at,
      },
    ],
  };
  if (whole) {
    // The web chat path: the turn is stored whole, its reply delivered in the response.
    await store.recordTurn({ inbound, ...outcome });
    return;
  }
  const { message } = await store.insertInbound(inbound);
  await store.completeTurn({ inboundId: message.id, ...outcome });
  const claimed = await store.claimOutbox(new Date(), 4, 30_000);
  for (const item of claimed) await store.markSent(item.id, null, 'sent', new Date());
}

async function run(name: string, store: Store, cleanup: () => Promise<void>): Promise<void> {
  try {
    await store.migrate();
    for (let i = 0; i < 200; i++) await turn(store, 1_000_000_000 + i); // warm-up: JIT, statement caches, pool
    let next = 0;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < turns) await turn(store, next++);
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuPerTurnUs = (cpu.user + cpu.system) / turns;
    const backlog = await store.outboxBacklog();
    console.log(
      `${name}: ${turns} turns in ${seconds.toFixed(2)} s = ${Math.round(turns / seconds)} turns/s ` +
        `(concurrency ${concurrency}; this process used ${Math.round(cpuPerTurnUs)} µs CPU per turn; ` +
        `outbox backlog ${backlog})`,
    );
  } finally {
    await store.close();
    await cleanup();
  }
}

if (which === 'sqlite' || which === 'both') {
  const dir = mkdtempSync(join(tmpdir(), 'sb-bench-'));
  await run('sqlite', createSqliteStore({ file: join(dir, 'bench.db') }), () =>
    Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  );
}
if (which === 'postgres' || which === 'both') {
  const schema = `sb_bench_${Date.now().toString(36)}`;
  const store = createPostgresStore({ url, schema, poolSize: 10 });
  await run('postgres', store, async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  });
}
