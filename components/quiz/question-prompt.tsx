import type { Question } from '@/lib/content/quiz-schema';
import { Markdown } from './markdown';
import { NumberedDockerfile } from './numbered-dockerfile';

/** A question's Markdown prompt, plus its Dockerfile when the learner must read it by line. */
export function QuestionPrompt({ question }: { question: Question }) {
  return (
    <div className="space-y-3 leading-relaxed">
      <Markdown text={question.prompt} />
      {question.type === 'predict' ? <NumberedDockerfile code={question.dockerfile} /> : null}
    </div>
  );
}
