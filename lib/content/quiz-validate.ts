import { dockerfileLines } from '@/lib/quiz/lines';
import { computePredict } from '@/lib/quiz/predict';
import type { BuildClaim } from './claims';
import { parseLocatedYaml } from './located-yaml';
import { questionClaims } from './quiz-claims';
import {
  DIFFICULTIES,
  quizFileSchema,
  type ChoiceOption,
  type Question,
  type QuestionSource,
  type Quiz,
} from './quiz-schema';

export interface QuizValidation {
  quiz?: Quiz;
  /** `file:line: message` lines; empty when the file is valid */
  errors: string[];
  /** what the questions say their Dockerfiles do when built, for content:check to verify */
  claims?: BuildClaim[];
}

/** The quiz id and kind a path implies: `…/NN-slug/quiz.yaml` → lesson `slug`; `…/x.yaml` → set `x`. */
export function quizIdentity(file: string): { id: string; kind: 'set' | 'lesson' } {
  const parts = file.split(/[\\/]/);
  const base = parts[parts.length - 1] ?? '';
  if (base === 'quiz.yaml' || base === 'quiz.yml') {
    const dir = parts[parts.length - 2] ?? '';
    return { id: dir.replace(/^\d+-/, ''), kind: 'lesson' };
  }
  return { id: base.replace(/\.ya?ml$/, ''), kind: 'set' };
}

function describeIssue(issue: { code: string; message: string; input?: unknown }): string {
  if (issue.input === undefined && issue.code !== 'unrecognized_keys') return 'is required';
  if (issue.code === 'invalid_union' && 'options' in issue) {
    return `must be one of ${(issue.options as string[]).join(', ')}`;
  }
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}

function pathLabel(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, seg) =>
      typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg),
    '',
  );
}

// Case is kept: in a Dockerfile `AS Build` and `AS build` are different answers worth asking about.
const normalise = (s: string) => s.trim().replace(/\s+/g, ' ');
const optionId = (i: number) => String.fromCharCode(97 + i);

/** Validates one quiz file's text and resolves it (option ids, predict keys). Never throws. */
export function validateQuizFile(file: string, text: string): QuizValidation {
  const errors: string[] = [];
  const at = (line: number, message: string) => errors.push(`${file}:${line}: ${message}`);

  const yaml = parseLocatedYaml(text);
  for (const [line, message] of yaml.syntaxErrors) at(line, `invalid YAML: ${message}`);
  if (yaml.syntaxErrors.length) return { errors };

  const parsed = quizFileSchema.safeParse(yaml.data ?? {}, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          at(
            yaml.lineOf([...issue.path, key]),
            `${pathLabel([...issue.path, key])}: unknown field`,
          );
        }
        continue;
      }
      at(yaml.lineOf(issue.path), `${pathLabel(issue.path) || 'quiz'}: ${describeIssue(issue)}`);
    }
    return { errors };
  }

  const source = parsed.data;
  const identity = quizIdentity(file);
  if (identity.kind === 'lesson' && source.mode !== 'practice') {
    at(yaml.lineOf(['mode']), 'a lesson quiz is always a practice set: use mode: practice');
  }
  if (source.mode === 'test') {
    const missing = DIFFICULTIES.filter((d) => !source.questions.some((q) => q.difficulty === d));
    if (missing.length) {
      at(
        yaml.lineOf(['mode']),
        `a test needs easy, medium and hard questions; missing: ${missing.join(', ')}`,
      );
    }
  }

  const seenIds = new Map<string, number>();
  const questions: Question[] = [];
  const claims: BuildClaim[] = [];
  source.questions.forEach((q, qi) => {
    const line = yaml.lineOf(['questions', qi]);
    const lineOf = (...rest: PropertyKey[]) => yaml.lineOf(['questions', qi, ...rest]);
    const err = (l: number, message: string) => at(l, `question "${q.id}": ${message}`);

    const first = seenIds.get(q.id);
    if (first !== undefined) {
      at(lineOf('id'), `duplicate question id "${q.id}" (first used at line ${first})`);
    } else seenIds.set(q.id, lineOf('id'));

    const common = {
      id: q.id,
      difficulty: q.difficulty,
      prompt: q.prompt,
      hint: q.hint,
      solution: q.solution ?? [],
      mistakes: q.mistakes ?? [],
      tags: q.tags ?? [],
      source: { file, line },
    };
    const declared = questionClaims(q, file, lineOf);
    for (const [claimLine, message] of declared.errors) err(claimLine, message);
    claims.push(...declared.claims);
    const noExplanation = () =>
      err(line, 'has no explanation: add `solution` steps (or `feedback` on every option)');

    switch (q.type) {
      case 'single':
      case 'multiple': {
        const options = checkOptions(q, lineOf, err);
        const correct = options.filter((o) => o.correct).length;
        if (correct === 0)
          err(lineOf('options'), 'has no correct option: mark one with `correct: true`');
        if (q.type === 'single' && correct > 1) {
          err(
            lineOf('options'),
            `a single-choice question has ${correct} correct options; use type: multiple`,
          );
        }
        const explained = options.every((o) => o.feedback);
        if (!common.solution.length && !explained) noExplanation();
        questions.push({ ...common, type: q.type, options });
        break;
      }
      case 'spot-the-error': {
        const lines = dockerfileLines(q.dockerfile);
        if (q.answer > lines.length) {
          err(
            lineOf('answer'),
            `answer ${q.answer} is outside the Dockerfile (it has ${lines.length} lines)`,
          );
        } else if (!lines[q.answer - 1]?.trim()) {
          err(lineOf('answer'), `answer ${q.answer} points at a blank line of the Dockerfile`);
        }
        for (const key of Object.keys(q.lineFeedback ?? {})) {
          const n = Number(key);
          if (n < 1 || n > lines.length) {
            err(
              lineOf('lineFeedback', key),
              `lineFeedback for line ${n} is outside the Dockerfile`,
            );
          }
        }
        if (!common.solution.length) noExplanation();
        questions.push({
          ...common,
          type: 'spot-the-error',
          dockerfile: lines.join('\n'),
          answer: q.answer,
          lineFeedback: q.lineFeedback ?? {},
        });
        break;
      }
      case 'order': {
        if (q.items.length < 2) err(lineOf('items'), 'an order question needs at least 2 items');
        const seen = new Map<string, number>();
        q.items.forEach((item, i) => {
          const dup = seen.get(normalise(item));
          if (dup !== undefined) {
            err(lineOf('items', i), `duplicate item "${item}" (same as line ${dup})`);
          } else seen.set(normalise(item), lineOf('items', i));
        });
        if (!common.solution.length) noExplanation();
        questions.push({ ...common, type: 'order', items: q.items });
        break;
      }
      case 'predict': {
        const result = computePredict(q.dockerfile, q.predict);
        if (!result.ok) {
          err(lineOf('predict'), `the analyzer cannot compute the answer: ${result.error}`);
        }
        if (!common.solution.length) noExplanation();
        if (result.ok) {
          questions.push({
            ...common,
            type: 'predict',
            dockerfile: dockerfileLines(q.dockerfile).join('\n'),
            predict: q.predict,
            select: result.select,
            options: result.options,
          });
        }
        break;
      }
    }
  });

  if (errors.length) return { errors };
  return {
    errors,
    claims,
    quiz: {
      ...identity,
      title: source.title,
      description: source.description,
      mode: source.mode,
      file,
      questions,
    },
  };
}

function checkOptions(
  q: Extract<QuestionSource, { type: 'single' | 'multiple' }>,
  lineOf: (...rest: PropertyKey[]) => number,
  err: (line: number, message: string) => void,
): ChoiceOption[] {
  const seen = new Map<string, number>();
  return q.options.map((option, i) => {
    const key = normalise(option.text);
    const dup = seen.get(key);
    if (dup !== undefined) {
      err(lineOf('options', i), `duplicate option "${option.text}" (same as line ${dup})`);
    } else seen.set(key, lineOf('options', i));
    return {
      id: optionId(i),
      text: option.text,
      correct: option.correct === true,
      ...(option.feedback ? { feedback: option.feedback } : {}),
    };
  });
}
