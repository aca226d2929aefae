/** `switchboard bot eval`: rows, metrics, report and the command itself. */
export { runBotEvalCommand, BOT_EVAL_USAGE, type BotEvalIo } from './bot-eval-command';
export {
  computeMetrics,
  isHit,
  type BotEvalMetrics,
  type EvalCounts,
  type EvalOutcome,
} from './eval-metrics';
export { formatRate, formatReport } from './eval-report';
export {
  EVAL_INVALID,
  parseEvalRows,
  parseExpectation,
  readEvalFile,
  type EvalRow,
  type Expectation,
} from './eval-rows';
export { runBotEval, type ProgressListener } from './run-bot-eval';
