'use client';

import { useEffect, useRef, useState } from 'react';
import type { Question, Quiz } from '@/lib/content/quiz-schema';
import { emptyAnswer, gradeAnswer, isAnswered, type Answer, type Grade } from '@/lib/quiz/grade';
import { percentOf, scoreQuestions, type Score } from '@/lib/quiz/score';
import { progress, useProgress, useProgressSync } from '@/lib/store/progress-hooks';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from './button-styles';
import { DifficultyBadge } from './difficulty-badge';
import { renderInline } from './markdown';
import { QuestionExplanation } from './question-explanation';
import { PreviousQuestionButton, QuestionFrame } from './question-frame';

/** Where an attempt's answers are recorded: the quiz, or a single question under review. */
export interface AttemptTarget {
  quizId: string;
  quizTitle: string;
}

/**
 * Practice mode: one question at a time with immediate feedback, a hint on request, the solution
 * after answering, and a retry. The first check of each question is what progress records.
 */
export function PracticeRunner({ quiz, target }: { quiz: Quiz; target?: AttemptTarget }) {
  const hydrated = useProgressSync();
  const recordAs = target ?? { quizId: quiz.id, quizTitle: quiz.title };
  const pastAttempts = useProgress(
    (s) => s.attempts.filter((a) => a.quizId === recordAs.quizId).length,
  );
  // The seed is fixed when progress has loaded, so it stays put while this attempt goes on.
  const [run, setRun] = useState<{ seed: string; round: number } | null>(null);
  // Pinned once during render (React's derived-state pattern), not in an effect.
  if (hydrated && !run) setRun({ seed: `${recordAs.quizId}:${pastAttempts + 1}`, round: 0 });

  if (!run) {
    return (
      <p className="text-slate-600 dark:text-slate-400" role="status">
        Loading the questions…
      </p>
    );
  }
  return (
    <PracticeAttempt
      key={`${run.seed}:${run.round}`}
      quiz={quiz}
      seed={run.seed}
      recordAs={recordAs}
      onRestart={() =>
        setRun({ seed: `${recordAs.quizId}:${pastAttempts + 1}`, round: run.round + 1 })
      }
    />
  );
}

function PracticeAttempt({
  quiz,
  seed,
  recordAs,
  onRestart,
}: {
  quiz: Quiz;
  seed: string;
  recordAs: AttemptTarget;
  onRestart(): void;
}) {
  const questions = quiz.questions;
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(questions.map((q) => [q.id, emptyAnswer(q)])),
  );
  const [grades, setGrades] = useState<Record<string, Grade | undefined>>({});
  const [firstTry, setFirstTry] = useState<Record<string, boolean>>({});
  const [hints, setHints] = useState<Record<string, boolean>>({});
  const [summary, setSummary] = useState<Score | null>(null);
  const attemptId = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'heading' | 'feedback' | null>(null);

  useEffect(() => {
    if (focusNext.current === 'heading') headingRef.current?.focus();
    if (focusNext.current === 'feedback') feedbackRef.current?.focus();
    focusNext.current = null;
  });

  const question = questions[index] as Question;
  const answer = answers[question.id] as Answer;
  const grade = grades[question.id];

  const check = () => {
    const result = gradeAnswer(question, answer);
    const actions = progress.store.getState();
    attemptId.current ??= actions.startAttempt({
      ...recordAs,
      mode: 'practice',
      seed,
      questions: questions.map((q) => ({ id: q.id, difficulty: q.difficulty })),
    });
    actions.recordAnswer(attemptId.current, question.id, answer, result.correct);
    setGrades((g) => ({ ...g, [question.id]: result }));
    setFirstTry((f) => (question.id in f ? f : { ...f, [question.id]: result.correct }));
    focusNext.current = 'feedback';
  };

  const retry = () => {
    setGrades((g) => ({ ...g, [question.id]: undefined }));
    setAnswers((a) => ({ ...a, [question.id]: emptyAnswer(question) }));
    focusNext.current = 'heading';
  };

  const go = (to: number) => {
    setIndex(to);
    focusNext.current = 'heading';
  };

  const finish = () => {
    const score = scoreQuestions(questions, firstTry);
    if (attemptId.current) progress.store.getState().finishAttempt(attemptId.current, score);
    setSummary(score);
    focusNext.current = 'heading';
  };

  const allChecked = questions.every((q) => q.id in firstTry);
  const last = index === questions.length - 1;

  if (summary) {
    const missed = questions.filter((q) => !firstTry[q.id]);
    return (
      <section aria-labelledby={`${quiz.id}-summary`} className="space-y-4" data-practice-summary>
        <h3
          id={`${quiz.id}-summary`}
          ref={headingRef}
          tabIndex={-1}
          className="text-xl font-semibold"
        >
          Practice complete
        </h3>
        <p>
          Right on the first try:{' '}
          <strong>
            {summary.correct} of {summary.total}
          </strong>
          .
        </p>
        <ul className="flex flex-wrap gap-3 text-sm">
          {(['easy', 'medium', 'hard'] as const)
            .filter((d) => summary.byDifficulty[d].total)
            .map((d) => (
              <li key={d}>
                <DifficultyBadge difficulty={d} /> {summary.byDifficulty[d].correct}/
                {summary.byDifficulty[d].total} ({percentOf(summary.byDifficulty[d])}%)
              </li>
            ))}
        </ul>
        {missed.length ? (
          <div>
            <p className="font-medium">Worth another look:</p>
            <ul className="list-disc pl-6">
              {missed.map((q) => (
                <li key={q.id}>
                  <button
                    type="button"
                    className="text-left text-sky-800 underline dark:text-sky-300"
                    onClick={() => {
                      setSummary(null);
                      go(questions.indexOf(q));
                    }}
                  >
                    Question {questions.indexOf(q) + 1}: {renderInline(firstLine(q.prompt))}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <button type="button" className={PRIMARY_BUTTON} onClick={onRestart}>
          Practice again
        </button>
      </section>
    );
  }

  return (
    <QuestionFrame
      quizId={quiz.id}
      question={question}
      index={index}
      total={questions.length}
      headingLevel="h3"
      headingRef={headingRef}
      seed={seed}
      answer={answer}
      onAnswer={(next) => setAnswers((a) => ({ ...a, [question.id]: next }))}
      locked={Boolean(grade)}
      grade={grade}
    >
      {hints[question.id] && question.hint ? (
        <div
          id={`${quiz.id}-hint`}
          role="note"
          aria-label="Hint"
          className="rounded-md border-l-4 border-sky-600 bg-sky-50 px-3 py-2 dark:bg-sky-950/50"
        >
          <strong>Hint:</strong> {renderInline(question.hint)}
        </div>
      ) : null}

      <div className="flex flex-wrap gap-2">
        {question.hint ? (
          <button
            type="button"
            className={SECONDARY_BUTTON}
            aria-expanded={Boolean(hints[question.id])}
            aria-controls={`${quiz.id}-hint`}
            onClick={() => setHints((h) => ({ ...h, [question.id]: !h[question.id] }))}
          >
            {hints[question.id] ? 'Hide hint' : 'Show hint'}
          </button>
        ) : null}
        {!grade ? (
          <button
            type="button"
            className={PRIMARY_BUTTON}
            disabled={!isAnswered(question, answer)}
            onClick={check}
          >
            Check answer
          </button>
        ) : null}
      </div>

      <div aria-live="polite">
        {grade ? (
          <div
            className={`space-y-3 rounded-md border p-4 ${
              grade.correct
                ? 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/40'
                : 'border-red-600 bg-red-50 dark:bg-red-950/40'
            }`}
            data-result={grade.correct ? 'correct' : 'wrong'}
          >
            <h4
              ref={feedbackRef}
              tabIndex={-1}
              className="text-lg font-semibold focus:outline-none"
            >
              {grade.correct ? 'Correct!' : 'Not quite.'}
            </h4>
            {!grade.correct ? <WhatWentWrong question={question} grade={grade} /> : null}
            <QuestionExplanation question={question} />
          </div>
        ) : null}
      </div>

      <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-3 dark:border-slate-800">
        <PreviousQuestionButton index={index} onGo={go} />
        {grade ? (
          <button type="button" className={SECONDARY_BUTTON} onClick={retry}>
            Try again
          </button>
        ) : null}
        {!last ? (
          <button
            type="button"
            className={grade ? PRIMARY_BUTTON : SECONDARY_BUTTON}
            onClick={() => go(index + 1)}
          >
            Next question
          </button>
        ) : (
          <button type="button" className={PRIMARY_BUTTON} disabled={!allChecked} onClick={finish}>
            See results
          </button>
        )}
      </div>
      {last && !allChecked ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Check every question to see your results ({Object.keys(firstTry).length} of{' '}
          {questions.length} done).
        </p>
      ) : null}
    </QuestionFrame>
  );
}

function firstLine(markdown: string): string {
  return (
    markdown
      .split('\n')
      .find((l) => l.trim() && !l.trim().startsWith('```'))
      ?.trim() ?? ''
  );
}

/** A one-line reason, for the question types whose per-option feedback does not say it. */
function WhatWentWrong({ question, grade }: { question: Question; grade: Grade }) {
  if (grade.type === 'line') {
    return (
      <p>
        You picked line {grade.picked}; the faulty line is line {grade.answer}.
      </p>
    );
  }
  if (grade.type === 'order') {
    const wrong = grade.placedRight.filter((ok) => !ok).length;
    return (
      <p>
        {wrong} of {grade.placedRight.length} steps are out of place. The right order is:{' '}
        {question.type === 'order'
          ? question.items.map((item, i) => (
              <span key={i}>
                {i > 0 ? ' → ' : ''}
                {renderInline(item)}
              </span>
            ))
          : null}
      </p>
    );
  }
  return <p>See the notes on each option above.</p>;
}
