import { z } from 'zod';
import { buildSpecSchema } from './build-spec';

/**
 * The quiz file format (content/lessons/NN-slug/quiz.yaml and content/quizzes/<id>.yaml).
 * This module is the authority for authors; AUTHORING.md (Practice sets) has an annotated example.
 * Rules zod cannot express on one field (a correct option, unique options, an explanation,
 * spot-the-error line ranges, predict keys) live in quiz-validate.ts.
 */

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const QUESTION_TYPES = ['single', 'multiple', 'spot-the-error', 'order', 'predict'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1, 'must not be empty');

export const optionSchema = z.strictObject({
  text,
  correct: z.boolean().optional(),
  /** why this option is right or wrong; shown after answering */
  feedback: text.optional(),
});

const base = {
  /** stable and unique across the whole course: progress and analytics key on it */
  id: z.string().regex(ID, 'must be kebab-case (lowercase words joined by hyphens)'),
  difficulty: z.enum(DIFFICULTIES),
  /** Markdown; may hold a ```dockerfile block */
  prompt: text,
  hint: text.optional(),
  /** step-by-step solution, shown after answering */
  solution: z.array(text).optional(),
  /** common mistakes learners make on this question */
  mistakes: z.array(text).optional(),
  tags: z.array(text).optional(),
  /**
   * How the question's Dockerfile is built: `default` or `{ target, build-args }`. Required when
   * the question says the build fails; content:check runs the analyzer under this build.
   */
  build: buildSpecSchema.optional(),
  /**
   * What building the Dockerfile does: the 1-based line BuildKit's error is on, or `false` when
   * BuildKit accepts the file. Spot-the-error questions fail at their `answer` unless `false`;
   * other questions with a Dockerfile are presented as working unless they name a line.
   */
  fails: z.union([z.int().positive(), z.literal(false)]).optional(),
};

const singleSchema = z.strictObject({
  ...base,
  type: z.literal('single'),
  options: z.array(optionSchema).min(2, 'needs at least 2 options'),
});

const multipleSchema = z.strictObject({
  ...base,
  type: z.literal('multiple'),
  options: z.array(optionSchema).min(2, 'needs at least 2 options'),
});

const spotSchema = z.strictObject({
  ...base,
  type: z.literal('spot-the-error'),
  dockerfile: text,
  /** the faulty line, 1-based within `dockerfile` */
  answer: z.int().positive(),
  /** optional feedback for picking a given line, keyed by line number */
  lineFeedback: z.record(z.string().regex(/^\d+$/, 'keys must be line numbers'), text).optional(),
});

const orderSchema = z.strictObject({
  ...base,
  type: z.literal('order'),
  /** the instructions in the correct order; the learner sees them shuffled */
  items: z.array(text),
});

export const predictSpecSchema = z.discriminatedUnion('kind', [
  /** which stages `docker build --target <target>` runs */
  z.strictObject({ kind: z.literal('target-stages'), target: text }),
  /** which stage the stage reference on `line` (COPY --from, FROM <stage>, RUN --mount from=) resolves to */
  z.strictObject({ kind: z.literal('resolve-from'), line: z.int().positive() }),
  /** which of the listed analyzer rules fires on the Dockerfile */
  z.strictObject({
    kind: z.literal('error-rule'),
    rules: z.array(z.string().regex(ID, 'rule ids are kebab-case')).min(2, 'list at least 2 rules'),
  }),
]);

const predictSchema = z.strictObject({
  ...base,
  type: z.literal('predict'),
  dockerfile: text,
  predict: predictSpecSchema,
});

export const questionSourceSchema = z.discriminatedUnion('type', [
  singleSchema,
  multipleSchema,
  spotSchema,
  orderSchema,
  predictSchema,
]);

export const quizFileSchema = z.strictObject({
  title: text,
  description: text.optional(),
  /** lesson quiz.yaml files are always practice sets */
  mode: z.enum(['practice', 'test']).default('practice'),
  questions: z.array(questionSourceSchema).min(1, 'needs at least 1 question'),
});

export type QuizFileSource = z.infer<typeof quizFileSchema>;
export type QuestionSource = z.infer<typeof questionSourceSchema>;
export type PredictSpec = z.infer<typeof predictSpecSchema>;

// ---------------------------------------------------------------------------
// The resolved model the site uses: option ids assigned, predict keys computed by the analyzer.

export interface ChoiceOption {
  /** stable within the question: the option's position in the file (`a`, `b`, …) */
  id: string;
  text: string;
  correct: boolean;
  feedback?: string;
}

interface QuestionBase {
  id: string;
  difficulty: Difficulty;
  prompt: string;
  hint?: string;
  solution: string[];
  mistakes: string[];
  tags: string[];
  /** where the question is written, for error messages and authoring links */
  source: { file: string; line: number };
}

export interface ChoiceQuestion extends QuestionBase {
  type: 'single' | 'multiple';
  options: ChoiceOption[];
}

export interface SpotQuestion extends QuestionBase {
  type: 'spot-the-error';
  dockerfile: string;
  answer: number;
  lineFeedback: Record<string, string>;
}

export interface OrderQuestion extends QuestionBase {
  type: 'order';
  items: string[];
}

export interface PredictQuestion extends QuestionBase {
  type: 'predict';
  dockerfile: string;
  predict: PredictSpec;
  /** how the learner answers: one stage / rule, or every stage that runs */
  select: 'single' | 'multiple';
  /** options generated from the analysis, with the key set by the analyzer */
  options: ChoiceOption[];
}

export type Question = ChoiceQuestion | SpotQuestion | OrderQuestion | PredictQuestion;

export type QuizMode = 'practice' | 'test';

export interface Quiz {
  /** `practice-basics` for content/quizzes/practice-basics.yaml; the lesson slug for a lesson quiz */
  id: string;
  kind: 'set' | 'lesson';
  title: string;
  description?: string;
  mode: QuizMode;
  file: string;
  questions: Question[];
}
