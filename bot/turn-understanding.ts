/**
 * What the bot understands of a customer's text before deciding: the entries it may be about (the
 * match of its question) and its urgency and person-request cues. One step, so a matcher that
 * matches in a worker thread can run all of it there (see `MatchStep` in knowledge/types.ts) and
 * the gateway's event loop only decides. Where it runs changes nothing in what it finds.
 */
import type { MatchCandidate, MatchStep, MatchStepFactory } from '../knowledge/index';
import type { PreparedText } from './signals/prepare-text';
import { SignalDetector, type Signal, type SignalDetectorOptions } from './signals/signal-detector';

/** The matcher's candidates for the question and the cues the detectors found. */
export interface TurnUnderstanding {
  candidates: MatchCandidate[];
  urgency: Signal;
  person: Signal;
}

/**
 * Reads the person cues of `text` and matches its question with `match`, which starts before the
 * cues are read: an asynchronous match (a promise) runs meanwhile. Urgency waits for the match
 * ({@link urgencyOf}).
 */
export function understandWith<M>(
  detector: SignalDetector,
  text: string,
  match: (question: string) => M,
): { matched: M; prepared: PreparedText; person: Signal } {
  const prepared = detector.prepare(text);
  // Clauses about being served by a person ("不用转人工，…") are left out of the FAQ match.
  const matched = match(detector.questionText(text, prepared));
  return { matched, prepared, person: detector.personRequest(prepared) };
}

/**
 * The urgency of a prepared text whose FAQ match gave `candidates`: a message the knowledge base
 * answers with confidence (top score at `confidentThreshold`, the bot's own) is not asked of the
 * learned urgency model, only of the cue tables. Over the nine validation halves the rule loses
 * no urgent row and makes four false urgents fewer (你们拿我的手机号干嘛用, "please delete my
 * account and data"); it also spares the model's cost on every clearly asked FAQ question.
 */
export function urgencyOf(
  detector: SignalDetector,
  prepared: PreparedText,
  candidates: readonly MatchCandidate[],
  confidentThreshold: number,
): Signal {
  const confident = (candidates[0]?.score ?? 0) >= confidentThreshold;
  return detector.urgency(prepared, { confidentAnswer: confident });
}

/**
 * The person-request signal of a prepared text whose FAQ match gave `candidates`: the cue tables'
 * finding (`tables`), or, when they found none and the knowledge base does not answer with
 * confidence, the learned model's ({@link SignalDetector.personByModel}).
 */
export function personOf(
  detector: SignalDetector,
  prepared: PreparedText,
  tables: Signal,
  candidates: readonly MatchCandidate[],
  confidentThreshold: number,
): Signal {
  const confident = (candidates[0]?.score ?? 0) >= confidentThreshold;
  return confident ? tables : detector.personByModel(prepared, tables);
}

/**
 * What the bot understands of a prepared text once its FAQ match gave `candidates`: those, its
 * urgency ({@link urgencyOf}) and, from the person tables' finding `tables`, whether it asks for a
 * person ({@link personOf}). The same whether the match ran in this thread or in a worker.
 */
export function understandingOf(
  detector: SignalDetector,
  prepared: PreparedText,
  tables: Signal,
  candidates: MatchCandidate[],
  confidentThreshold: number,
): TurnUnderstanding {
  return {
    candidates,
    urgency: urgencyOf(detector, prepared, candidates, confidentThreshold),
    person: personOf(detector, prepared, tables, candidates, confidentThreshold),
  };
}

/** What another thread needs to understand a text as a bot does: its detector's options and its confident threshold. */
export interface UnderstandingStepOptions {
  detector: SignalDetectorOptions;
  confidentThreshold: number;
}

/** The step as a thread builds it once, from {@link UnderstandingStepOptions}. */
export const understandingStep: MatchStepFactory<TurnUnderstanding> = (options) => {
  const { detector: detectorOptions, confidentThreshold } = options as UnderstandingStepOptions;
  const detector = new SignalDetector(detectorOptions);
  // The step is built when the bot is (see Matcher.prepareStep): its first turn should not train.
  detector.warmUp();
  return (text, match) => {
    const { matched, prepared, person } = understandWith(detector, text, match);
    return understandingOf(detector, prepared, person, matched, confidentThreshold);
  };
};

/**
 * The step that understands a text as `detector` does, for a matcher to run where it matches; none
 * for a subclass of SignalDetector, which another thread could not rebuild from its options.
 */
export function understandingStepFor(
  detector: SignalDetector,
  confidentThreshold: number,
): MatchStep<TurnUnderstanding> | undefined {
  if (Object.getPrototypeOf(detector) !== SignalDetector.prototype) return undefined;
  const options: UnderstandingStepOptions = { detector: detector.options, confidentThreshold };
  return {
    module: import.meta.url,
    exportName: 'understandingStep',
    options,
    factory: understandingStep,
  };
}
