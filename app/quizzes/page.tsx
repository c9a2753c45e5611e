import type { Metadata } from 'next';
import { QuizSetList } from '@/components/quiz/quiz-set-list';
import { getQuizSets } from '@/lib/content/quiz-loader';

export const metadata: Metadata = { title: 'Quizzes' };

export default function QuizzesPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Quizzes</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Practice sets give feedback after every answer. Tests keep it until the end, then score you
        per difficulty. Every lesson also ends with its own practice questions.
      </p>
      <div className="mt-8">
        <QuizSetList quizzes={getQuizSets()} />
      </div>
    </div>
  );
}
