'use client';

import type { ReactNode, RefObject } from 'react';
import type { Question } from '@/lib/content/quiz-schema';
import type { Answer, Grade } from '@/lib/quiz/grade';
import { DifficultyBadge } from './difficulty-badge';
import { QuestionInput } from './question-input';
import { QuestionPrompt } from './question-prompt';
import { SECONDARY_BUTTON } from './button-styles';

/** One question of a runner: numbered heading, difficulty, prompt and answer controls, then the runner's own actions. */
export function QuestionFrame({
  quizId,
  question,
  index,
  total,
  headingLevel: Heading,
  headingRef,
  seed,
  answer,
  onAnswer,
  locked,
  grade,
  children,
}: {
  quizId: string;
  question: Question;
  index: number;
  total: number;
  /** each runner keeps its own place in the page outline (practice h3, test h2) */
  headingLevel: 'h2' | 'h3';
  headingRef: RefObject<HTMLHeadingElement | null>;
  seed: string;
  answer: Answer;
  onAnswer(answer: Answer): void;
  locked: boolean;
  grade?: Grade;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${quizId}-q-heading`}
      className="space-y-4"
      data-question={question.id}
    >
      <div className="flex flex-wrap items-center gap-3">
        <Heading
          id={`${quizId}-q-heading`}
          ref={headingRef}
          tabIndex={-1}
          className="text-lg font-semibold focus:outline-none"
        >
          Question {index + 1} of {total}
        </Heading>
        <DifficultyBadge difficulty={question.difficulty} />
      </div>
      <QuestionPrompt question={question} />
      <QuestionInput
        question={question}
        seed={seed}
        answer={answer}
        onChange={onAnswer}
        locked={locked}
        grade={grade}
      />
      {children}
    </section>
  );
}

/** Steps back one question; disabled on the first. */
export function PreviousQuestionButton({ index, onGo }: { index: number; onGo(to: number): void }) {
  return (
    <button
      type="button"
      className={SECONDARY_BUTTON}
      disabled={index === 0}
      onClick={() => onGo(index - 1)}
    >
      Previous
    </button>
  );
}
