import type { Metadata } from 'next';
import {
  ProgressDashboard,
  type DashboardQuestion,
} from '@/components/progress/progress-dashboard';
import { listQuestions } from '@/lib/content/quiz-loader';
import { getCourseMap } from '@/lib/content/lessons';
import { promptSummary } from '@/lib/quiz/lines';

export const metadata: Metadata = { title: 'Your progress' };

export default function ProgressPage() {
  const modules = getCourseMap().map((m) => ({
    id: m.id,
    title: m.title,
    lessons: m.lessons.map((l) => ({ slug: l.slug, title: l.title })),
  }));
  const questions: Record<string, DashboardQuestion> = Object.fromEntries(
    listQuestions().map(({ quiz, question }) => [
      question.id,
      {
        summary: promptSummary(question.prompt),
        quizTitle: quiz.title,
        difficulty: question.difficulty,
      },
    ]),
  );
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Your progress</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Everything here lives in this browser only. Nothing is sent anywhere.
      </p>
      <div className="mt-8">
        <ProgressDashboard modules={modules} questions={questions} />
      </div>
    </div>
  );
}
