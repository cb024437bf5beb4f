/**
 * How well the search generalises: the tuning questions (reader-questions.ts and everyday-questions.ts,
 * which may be tuned on) beside the held-out ones (held-out-questions.ts, written by someone else and
 * never read or tuned on). Held-out figures are aggregates only: no held-out question or failure is
 * returned, so none can be printed. Plain Node, like evaluate.ts (bench/search.ts uses it too).
 */
import type { SearchEngine } from '../../src/lib/search/engine.ts';
import { evaluateHonesty, evaluateQuestions } from './evaluate.ts';
import { EVERYDAY_QUESTIONS, EVERYDAY_UNANSWERED } from './everyday-questions.ts';
import { HELD_OUT_QUESTIONS, HELD_OUT_UNANSWERED } from './held-out-questions.ts';
import { READER_QUESTIONS } from './reader-questions.ts';

/** Every question that may be tuned on. */
export const TUNING_QUESTIONS: readonly (readonly [string, string, string | null])[] = [...READER_QUESTIONS, ...EVERYDAY_QUESTIONS];

export interface QuestionFigures {
  questions: number;
  pageTop1: number;
  sectionTop1: number;
  /** Questions the guide does not answer, and the share of them the engine says it cannot answer. */
  unanswered: number;
  honest: number;
}

export interface Generalisation {
  tuning: QuestionFigures & { failures: string[] };
  heldOut: QuestionFigures;
}

export async function evaluateGeneralisation(engine: SearchEngine, base: string): Promise<Generalisation> {
  const tuning = await evaluateQuestions(engine, TUNING_QUESTIONS, [], base);
  const tuningHonesty = await evaluateHonesty(engine, EVERYDAY_UNANSWERED);
  const heldOut = await evaluateQuestions(engine, HELD_OUT_QUESTIONS, [], base);
  const heldOutHonesty = await evaluateHonesty(engine, HELD_OUT_UNANSWERED);
  return {
    tuning: {
      questions: tuning.questions,
      pageTop1: tuning.pageTop1,
      sectionTop1: tuning.sectionTop1,
      unanswered: tuningHonesty.questions,
      honest: tuningHonesty.honest,
      failures: [...tuning.failures, ...tuningHonesty.failures],
    },
    heldOut: {
      questions: heldOut.questions,
      pageTop1: heldOut.pageTop1,
      sectionTop1: heldOut.sectionTop1,
      unanswered: heldOutHonesty.questions,
      honest: heldOutHonesty.honest,
    },
  };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** One line of aggregate figures. */
export function describeFigures(name: string, figures: QuestionFigures): string {
  return (
    `${name}: ${figures.questions} questions, page top-1 ${percent(figures.pageTop1)}, section top-1 ${percent(figures.sectionTop1)}; ` +
    `${figures.unanswered} unanswered, said so ${percent(figures.honest)}`
  );
}
