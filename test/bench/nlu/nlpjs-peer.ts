/**
 * NLP.js (node-nlp 4) as its README uses it: one `NlpManager` for the set's language, a document per
 * training row, `train()`, then `process()`. NLP.js answers the intent `None` when unsure, which
 * counts as out of scope; `oos` training rows are therefore not added as an intent of their own.
 */
import { NlpManager } from 'node-nlp';
import { OOS_INTENT, type LabelledRow } from '../../../knowledge/nlu/dataset';
import type { BenchLocale, PeerModel } from './peer';

/** The intent NLP.js returns when no intent scores above its threshold. */
const NLPJS_NONE = 'None';

/** An NLP.js model for `locale`; nothing is written to disk (`autoSave: false`). */
export function createNlpjsPeer(locale: BenchLocale): PeerModel {
  const manager = new NlpManager({
    languages: [locale],
    autoSave: false,
    autoLoad: false,
    nlu: { log: false },
  });
  let skipped = 0;
  let none = 0;
  return {
    async train(rows: readonly LabelledRow[]): Promise<void> {
      for (const row of rows) {
        if (row.intent === OOS_INTENT) skipped += 1;
        else manager.addDocument(locale, row.text, row.intent);
      }
      await manager.train();
    },
    async predict(text: string): Promise<string> {
      const result = await manager.process(locale, text);
      if (result.intent !== NLPJS_NONE) return result.intent;
      none += 1;
      return OOS_INTENT;
    },
    notes(): string[] {
      const notes = [`answers None (counted as oos): ${none}`];
      if (skipped > 0) notes.push(`oos training rows left out (NLP.js rejects with None): ${skipped}`);
      return notes;
    },
  };
}
