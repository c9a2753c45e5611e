'use client';

import { useEffect, useRef, useState } from 'react';
import { DIFFICULTIES, type Question, type Quiz } from '@/lib/content/quiz-schema';
import { emptyAnswer, gradeAnswer, isAnswered, type Answer, type Grade } from '@/lib/quiz/grade';
import { scoreQuestions, type Score } from '@/lib/quiz/score';
import { progress, useProgress, useProgressSync } from '@/lib/store/progress-hooks';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from './button-styles';
import { DifficultyBadge } from './difficulty-badge';
import { PreviousQuestionButton, QuestionFrame } from './question-frame';
import { TestResults } from './test-results';

type Phase =
  | { name: 'intro' }
  | { name: 'running'; seed: string; attemptId: string }
  | { name: 'done'; seed: string; score: Score; grades: Record<string, Grade> };

/**
 * Test mode: a fixed set across easy, medium and hard with no feedback until the end, then a
 * score per difficulty, a verdict and a review of every question.
 */
export function TestRunner({ quiz }: { quiz: Quiz }) {
  const hydrated = useProgressSync();
  const pastAttempts = useProgress((s) => s.attempts.filter((a) => a.quizId === quiz.id).length);
  const [phase, setPhase] = useState<Phase>({ name: 'intro' });
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [confirmFinish, setConfirmFinish] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);

  useEffect(() => {
    if (focusHeading.current) headingRef.current?.focus();
    focusHeading.current = false;
  });

  const counts = DIFFICULTIES.map(
    (d) => [d, quiz.questions.filter((q) => q.difficulty === d).length] as const,
  );

  const start = () => {
    const seed = `${quiz.id}:${pastAttempts + 1}`;
    const attemptId = progress.store.getState().startAttempt({
      quizId: quiz.id,
      quizTitle: quiz.title,
      mode: 'test',
      seed,
      questions: quiz.questions.map((q) => ({ id: q.id, difficulty: q.difficulty })),
    });
    setAnswers(Object.fromEntries(quiz.questions.map((q) => [q.id, emptyAnswer(q)])));
    setIndex(0);
    setConfirmFinish(false);
    setPhase({ name: 'running', seed, attemptId });
    focusHeading.current = true;
  };

  if (phase.name === 'intro') {
    return (
      <section aria-labelledby={`${quiz.id}-intro`} className="space-y-3">
        <h2
          id={`${quiz.id}-intro`}
          ref={headingRef}
          tabIndex={-1}
          className="text-xl font-semibold"
        >
          {quiz.questions.length} questions, no feedback until the end
        </h2>
        <ul className="flex flex-wrap gap-3 text-sm">
          {counts.map(([d, n]) => (
            <li key={d}>
              <DifficultyBadge difficulty={d} /> {n}
            </li>
          ))}
        </ul>
        <p>
          Answer every question, then finish the test to see your score per difficulty and a review.
        </p>
        <button type="button" className={PRIMARY_BUTTON} disabled={!hydrated} onClick={start}>
          Start the test
        </button>
      </section>
    );
  }

  if (phase.name === 'done') {
    return (
      <TestResults
        quiz={quiz}
        seed={phase.seed}
        answers={answers}
        grades={phase.grades}
        score={phase.score}
        headingRef={headingRef}
        onRetake={start}
      />
    );
  }

  const question = quiz.questions[index] as Question;
  const answer = answers[question.id] as Answer;
  const unanswered = quiz.questions.filter((q) => !isAnswered(q, answers[q.id])).length;
  const last = index === quiz.questions.length - 1;

  const finish = () => {
    const grades: Record<string, Grade> = {};
    const correct: Record<string, boolean> = {};
    const actions = progress.store.getState();
    for (const q of quiz.questions) {
      const a = answers[q.id] as Answer;
      const g = gradeAnswer(q, a);
      grades[q.id] = g;
      correct[q.id] = g.correct;
      // Unanswered counts as wrong, so it shows among the most missed questions too.
      actions.recordAnswer(phase.attemptId, q.id, a, g.correct);
    }
    const score = scoreQuestions(quiz.questions, correct);
    actions.finishAttempt(phase.attemptId, score);
    setPhase({ name: 'done', seed: phase.seed, score, grades });
    focusHeading.current = true;
  };

  const go = (to: number) => {
    setIndex(to);
    setConfirmFinish(false);
    focusHeading.current = true;
  };

  return (
    <QuestionFrame
      quizId={quiz.id}
      question={question}
      index={index}
      total={quiz.questions.length}
      headingLevel="h2"
      headingRef={headingRef}
      seed={phase.seed}
      answer={answer}
      onAnswer={(next) => setAnswers((a) => ({ ...a, [question.id]: next }))}
      locked={false}
    >
      <nav
        aria-label="Test questions"
        className="flex flex-wrap gap-2 border-t border-slate-200 pt-3 dark:border-slate-800"
      >
        <PreviousQuestionButton index={index} onGo={go} />
        {!last ? (
          <button type="button" className={PRIMARY_BUTTON} onClick={() => go(index + 1)}>
            Next question
          </button>
        ) : null}
        <button
          type="button"
          className={last ? PRIMARY_BUTTON : SECONDARY_BUTTON}
          onClick={() => (unanswered ? setConfirmFinish(true) : finish())}
        >
          Finish test
        </button>
      </nav>
      {confirmFinish ? (
        <div
          role="alert"
          className="space-y-2 rounded-md border border-amber-600 bg-amber-50 p-3 dark:bg-amber-950/40"
        >
          <p>
            {unanswered} {unanswered === 1 ? 'question is' : 'questions are'} unanswered and will
            count as wrong. Finish anyway?
          </p>
          <div className="flex gap-2">
            <button type="button" className={PRIMARY_BUTTON} onClick={finish}>
              Finish anyway
            </button>
            <button
              type="button"
              className={SECONDARY_BUTTON}
              onClick={() => setConfirmFinish(false)}
            >
              Keep answering
            </button>
          </div>
        </div>
      ) : null}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {quiz.questions.length - unanswered} of {quiz.questions.length} answered.
      </p>
    </QuestionFrame>
  );
}
