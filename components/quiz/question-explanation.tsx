import type { Question } from '@/lib/content/quiz-schema';
import { Markdown } from './markdown';

/** The step-by-step solution and the common mistakes of a question, shown after answering. */
export function QuestionExplanation({ question }: { question: Question }) {
  return (
    <div className="space-y-3">
      {question.solution.length ? (
        <section aria-label="Solution">
          <h4 className="font-semibold">Solution, step by step</h4>
          <ol className="mt-1 list-decimal space-y-1 pl-6">
            {question.solution.map((step, i) => (
              <li key={i}>
                <Markdown text={step} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {question.mistakes.length ? (
        <section aria-label="Common mistakes">
          <h4 className="font-semibold">Common mistakes</h4>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {question.mistakes.map((m, i) => (
              <li key={i}>
                <Markdown text={m} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
