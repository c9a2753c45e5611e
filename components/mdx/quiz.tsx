import { PracticeRunner } from '@/components/quiz/practice-runner';
import { getLessonQuiz } from '@/lib/content/quiz-loader';

/**
 * `<Quiz />` in a lesson: the lesson's own practice questions (its quiz.yaml), loaded at build
 * time. The lesson page binds `lesson` to the current slug; `ids` picks some questions by id.
 */
export function Quiz({
  lesson,
  ids,
  title = 'Check your understanding',
}: {
  lesson?: string;
  ids?: string[];
  title?: string;
}) {
  if (!lesson) throw new Error('<Quiz> needs the lesson slug: render it from the lesson page.');
  const quiz = getLessonQuiz(lesson);
  if (!quiz) throw new Error(`<Quiz> in lesson "${lesson}": no quiz.yaml beside the lesson.`);
  const questions = ids ? quiz.questions.filter((q) => ids.includes(q.id)) : quiz.questions;
  const missing = ids?.filter((id) => !quiz.questions.some((q) => q.id === id)) ?? [];
  if (missing.length)
    throw new Error(`<Quiz> in lesson "${lesson}": no question ${missing.join(', ')}.`);
  return (
    <section
      aria-labelledby={`quiz-${lesson}`}
      className="not-prose my-10 rounded-lg border border-slate-200 p-5 dark:border-slate-800"
      data-lesson-quiz={lesson}
    >
      <h2 id={`quiz-${lesson}`} className="mb-4 text-xl font-semibold">
        {title}
      </h2>
      <PracticeRunner quiz={{ ...quiz, questions }} />
    </section>
  );
}
