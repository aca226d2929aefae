/**
 * The slice of node-nlp (NLP.js 4, untyped JavaScript) the NLU benchmark uses: one manager, documents
 * added per locale, training, and processing an utterance into its best intent (`None` when unsure).
 */
declare module 'node-nlp' {
  /** Settings the benchmark passes; NLP.js accepts many more. */
  export interface NlpManagerSettings {
    languages: string[];
    /** Writes `model.nlp` after training unless false. */
    autoSave?: boolean;
    autoLoad?: boolean;
    nlu?: { log?: boolean };
  }

  /** What `process` answers about one utterance. */
  export interface NlpProcessResult {
    intent: string;
    score: number;
  }

  export class NlpManager {
    constructor(settings: NlpManagerSettings);
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, utterance: string): Promise<NlpProcessResult>;
  }
}
