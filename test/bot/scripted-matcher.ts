/**
 * A matcher for policy tests: fixed candidates for the texts in its table, everything else from an
 * inner matcher (or nothing). It keeps a test about clarifying questions about the policy, not about
 * how today's matcher happens to split its scores between two similar entries.
 */
import type { LabelledText, MatchCandidate, Matcher } from '../../knowledge/index';

export class ScriptedMatcher implements Matcher {
  constructor(
    private readonly table: Readonly<Record<string, MatchCandidate[]>>,
    private readonly inner?: Matcher,
  ) {}

  train(rows: readonly LabelledText[]): Promise<void> {
    return this.inner?.train(rows) ?? Promise.resolve();
  }

  match(text: string, locale?: string, limit?: number): MatchCandidate[] {
    return this.table[text] ?? this.inner?.match(text, locale, limit) ?? [];
  }
}
