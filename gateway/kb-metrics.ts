/**
 * Knowledge base metrics beside the gateway's: which published version this process serves, and
 * how many entries it has. Two processes on one database show different versions here for a few
 * seconds after a publish, until the second one has polled and rebuilt.
 */
import { Gauge, type Registry } from 'prom-client';

/** What the gauges read on each scrape. */
export interface LiveKnowledge {
  readonly liveVersion: number;
  readonly liveEntries: readonly unknown[];
}

/** Registers `switchboard_kb_live_version` and `switchboard_kb_live_entries` on `registry`. */
export function registerKbMetrics(registry: Registry, live: LiveKnowledge): void {
  new Gauge({
    name: 'switchboard_kb_live_version',
    help: 'Published knowledge base version this process answers from.',
    registers: [registry],
    collect() {
      this.set(live.liveVersion);
    },
  });
  new Gauge({
    name: 'switchboard_kb_live_entries',
    help: 'Entries of the knowledge base version this process answers from.',
    registers: [registry],
    collect() {
      this.set(live.liveEntries.length);
    },
  });
}
