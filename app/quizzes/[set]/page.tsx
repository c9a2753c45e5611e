import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { QuizRunner } from '@/components/quiz/quiz-runner';
import { getQuizSet, getQuizSets } from '@/lib/content/quiz-loader';

type Props = { params: Promise<{ set: string }> };

export const dynamicParams = false;

// loadQuizzes throws on any invalid quiz file, so bad content fails `next build` here.
export function generateStaticParams() {
  return getQuizSets().map((quiz) => ({ set: quiz.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const quiz = getQuizSet((await params).set);
  return quiz ? { title: quiz.title, description: quiz.description } : {};
}

export default async function QuizSetPage({ params }: Props) {
  const quiz = getQuizSet((await params).set);
  if (!quiz) notFound();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{quiz.title}</h1>
      {quiz.description ? (
        <p className="mt-3 text-slate-700 dark:text-slate-300">{quiz.description}</p>
      ) : null}
      <div className="mt-8" data-quiz={quiz.id} data-mode={quiz.mode}>
        <QuizRunner quiz={quiz} />
      </div>
    </div>
  );
}
