/**
 * A light English suffix stripper for word features: plural and common verb endings only, so
 * "refunds", "refunded" and "refunding" share the word feature `refund`. Character n-grams cover
 * the rest; a full Porter stemmer conflates too much for short customer questions.
 */

const RULES: readonly (readonly [RegExp, string])[] = [
  [/ies$/u, 'y'],
  [/(ss|us|is)$/u, '$1'],
  [/([^aeiou])es$/u, '$1'],
  [/s$/u, ''],
  [/([a-z]{3,})ing$/u, '$1'],
  [/([a-z]{3,})ed$/u, '$1'],
];

/**
 * The stem of a lower-case word; words of three letters or fewer are returned as they are. A final
 * `e` goes too, so "change", "changes", "changed" and "changing" all become `chang`.
 */
export function lightStem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/u.test(word)) return word;
  const rule = RULES.find(([pattern]) => pattern.test(word));
  const stem = rule === undefined ? word : word.replace(rule[0], rule[1]);
  return stem.length > 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}
