'use client';

import type { Quiz } from '@/lib/content/quiz-schema';
import { PracticeRunner } from './practice-runner';
import { TestRunner } from './test-runner';

/** Runs a quiz in its own mode: practice (feedback as you go) or test (score at the end). */
export function QuizRunner({ quiz }: { quiz: Quiz }) {
  return quiz.mode === 'test' ? <TestRunner quiz={quiz} /> : <PracticeRunner quiz={quiz} />;
}
