import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PracticeRunner } from '@/components/quiz/practice-runner';
import { listQuestions } from '@/lib/content/quiz-loader';
import { REVIEW_PREFIX } from '@/lib/store/progress-stats';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listQuestions().map(({ question }) => ({ id: question.id }));
}

const find = (id: string) => listQuestions().find((entry) => entry.question.id === id);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = find((await params).id);
  return entry ? { title: `Review: ${entry.quiz.title}` } : {};
}

export default async function ReviewQuestionPage({ params }: Props) {
  const entry = find((await params).id);
  if (!entry) notFound();
  const { quiz, question } = entry;
  const back = quiz.kind === 'lesson' ? `/learn/${quiz.id}/` : `/quizzes/${quiz.id}/`;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Review a question</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        From{' '}
        <Link href={back} className="text-sky-800 underline dark:text-sky-300">
          {quiz.title}
        </Link>
        . Answer it again; the hint and the solution are here when you want them.
      </p>
      <div className="mt-8">
        <PracticeRunner
          quiz={{ ...quiz, mode: 'practice', questions: [question] }}
          target={{ quizId: `${REVIEW_PREFIX}${question.id}`, quizTitle: `Review: ${quiz.title}` }}
        />
      </div>
    </div>
  );
}
