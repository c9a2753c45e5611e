import fs from 'node:fs';
import path from 'node:path';
import type { BuildClaim } from './claims';
import type { Question, Quiz } from './quiz-schema';
import { validateQuizFile } from './quiz-validate';

// Server-only: reads content/ from disk. Client components receive resolved quizzes as props.

/** Thrown by `loadQuizzes` when any quiz file is invalid; `errors` are `file:line: message` lines. */
export class QuizContentError extends Error {
  constructor(readonly errors: string[]) {
    super(`Invalid quiz content:\n${errors.join('\n')}`);
    this.name = 'QuizContentError';
  }
}

/** The default content folder: `content/` under the working directory (the project root). */
export function defaultContentDir(): string {
  return path.join(process.cwd(), 'content');
}

function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** Every quiz file under `root`: standalone sets first (by name), then lesson quizzes (by folder). */
export function listQuizFiles(root: string = defaultContentDir()): string[] {
  const files: string[] = [];
  const sets = path.join(root, 'quizzes');
  if (fs.existsSync(sets)) {
    for (const name of fs.readdirSync(sets).sort()) {
      if (/\.ya?ml$/.test(name)) files.push(path.join(sets, name));
    }
  }
  const lessons = path.join(root, 'lessons');
  if (fs.existsSync(lessons)) {
    for (const dir of fs.readdirSync(lessons, { withFileTypes: true })) {
      const file = path.join(lessons, dir.name, 'quiz.yaml');
      if (dir.isDirectory() && fs.existsSync(file)) files.push(file);
    }
    files.sort(
      (a, b) =>
        Number(a.includes('/lessons/')) - Number(b.includes('/lessons/')) || a.localeCompare(b),
    );
  }
  return files;
}

/**
 * Validates every quiz file and the rules across files (unique question ids). Never throws.
 * Also returns the build claims the questions make; content:check runs the analyzer on them.
 */
export function checkQuizzes(root: string = defaultContentDir()): {
  quizzes: Quiz[];
  errors: string[];
  claims: BuildClaim[];
} {
  const quizzes: Quiz[] = [];
  const errors: string[] = [];
  const claims: BuildClaim[] = [];
  for (const file of listQuizFiles(root)) {
    const result = validateQuizFile(shown(file), fs.readFileSync(file, 'utf8'));
    errors.push(...result.errors);
    claims.push(...(result.claims ?? []));
    if (result.quiz) quizzes.push(result.quiz);
  }
  const owner = new Map<string, { file: string; line: number }>();
  for (const quiz of quizzes) {
    for (const q of quiz.questions) {
      const first = owner.get(q.id);
      if (first) {
        errors.push(
          `${q.source.file}:${q.source.line}: duplicate question id "${q.id}" (also in ${first.file}:${first.line}); ids must be unique across the course`,
        );
      } else owner.set(q.id, q.source);
    }
  }
  return { quizzes, errors, claims };
}

/** Every quiz in the course; throws `QuizContentError` (failing the build) if any is invalid. */
export function loadQuizzes(root?: string): Quiz[] {
  const { quizzes, errors } = checkQuizzes(root);
  if (errors.length) throw new QuizContentError(errors);
  return quizzes;
}

/** The standalone sets (content/quizzes/*.yaml), in file-name order. */
export function getQuizSets(root?: string): Quiz[] {
  return loadQuizzes(root).filter((q) => q.kind === 'set');
}

/** A standalone set by id, or undefined. */
export function getQuizSet(id: string, root?: string): Quiz | undefined {
  return getQuizSets(root).find((q) => q.id === id);
}

/** A lesson's own practice set by lesson slug, or undefined when it has no quiz.yaml. */
export function getLessonQuiz(slug: string, root?: string): Quiz | undefined {
  return loadQuizzes(root).find((q) => q.kind === 'lesson' && q.id === slug);
}

/** Every question in the course with the quiz it belongs to. */
export function listQuestions(root?: string): Array<{ quiz: Quiz; question: Question }> {
  return loadQuizzes(root).flatMap((quiz) =>
    quiz.questions.map((question) => ({ quiz, question })),
  );
}
