'use client';

import { useEffect, useMemo, useRef } from 'react';
import type { ChoiceOption, Question } from '@/lib/content/quiz-schema';
import type { Answer, Grade } from '@/lib/quiz/grade';
import { shuffle } from '@/lib/quiz/shuffle';
import { dockerfileLines } from '@/lib/quiz/lines';
import { shownOrder } from '@/lib/quiz/order';
import { renderInline } from './markdown';

interface Props {
  question: Question;
  /** the attempt's seed: options keep their order for the whole attempt */
  seed: string;
  answer: Answer;
  onChange(answer: Answer): void;
  /** answered and checked: inputs are read-only until a retry */
  locked: boolean;
  /** shown after checking: marks right and wrong choices */
  grade?: Grade;
}

const mark = (ok: boolean) =>
  ok ? (
    <span className="font-semibold text-emerald-700 dark:text-emerald-300">✓ correct</span>
  ) : (
    <span className="font-semibold text-red-700 dark:text-red-300">✗ wrong</span>
  );

/** The answer controls for any question type, all usable by keyboard alone. */
export function QuestionInput(props: Props) {
  const { question } = props;
  if (question.type === 'spot-the-error') return <SpotInput {...props} question={question} />;
  if (question.type === 'order') return <OrderInput {...props} question={question} />;
  const multiple =
    question.type === 'multiple' || (question.type === 'predict' && question.select === 'multiple');
  return <ChoiceInput {...props} options={question.options} multiple={multiple} />;
}

function ChoiceInput({
  question,
  seed,
  answer,
  onChange,
  locked,
  grade,
  options,
  multiple,
}: Props & { options: ChoiceOption[]; multiple: boolean }) {
  const shuffled = useMemo(
    () => shuffle(options, `${seed}:${question.id}`),
    [options, seed, question.id],
  );
  const selected = answer.type === 'choice' ? answer.selected : [];
  const toggle = (id: string, checked: boolean) => {
    const next = multiple ? (checked ? [...selected, id] : selected.filter((s) => s !== id)) : [id];
    onChange({ type: 'choice', selected: next });
  };
  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="mb-2 text-sm font-medium text-slate-700 dark:text-slate-300">
        {multiple ? 'Choose every answer that applies' : 'Choose one answer'}
      </legend>
      {shuffled.map((option) => {
        const checked = selected.includes(option.id);
        const inputId = `${question.id}-${option.id}`;
        return (
          <div
            key={option.id}
            data-option={option.id}
            className="rounded-md border border-slate-300 p-3 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-sky-600 dark:border-slate-700"
          >
            <div className="flex items-start gap-3">
              <input
                id={inputId}
                type={multiple ? 'checkbox' : 'radio'}
                name={question.id}
                value={option.id}
                checked={checked}
                disabled={locked}
                onChange={(e) => toggle(option.id, e.target.checked)}
                className="mt-1 size-4 accent-sky-700"
              />
              <label htmlFor={inputId} className="flex-1">
                {renderInline(option.text)}
              </label>
            </div>
            {grade && (checked || option.correct) ? (
              <p className="mt-2 ml-7 text-sm" data-feedback={option.id}>
                {option.correct ? (
                  checked ? (
                    mark(true)
                  ) : (
                    <span className="font-semibold text-amber-800 dark:text-amber-300">
                      ✓ a right answer you did not choose
                    </span>
                  )
                ) : (
                  mark(false)
                )}
                {option.feedback ? <> — {renderInline(option.feedback)}</> : null}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

function SpotInput({
  question,
  answer,
  onChange,
  locked,
  grade,
}: Props & { question: Extract<Question, { type: 'spot-the-error' }> }) {
  const lines = dockerfileLines(question.dockerfile);
  const picked = answer.type === 'line' ? answer.line : 0;
  return (
    <fieldset className="min-w-0">
      <legend className="mb-2 text-sm font-medium text-slate-700 dark:text-slate-300">
        Which line is wrong? Pick the faulty line of the Dockerfile.
      </legend>
      <div className="overflow-x-auto rounded-lg border border-slate-700 bg-slate-900 py-2 font-mono text-sm text-slate-100">
        {lines.map((text, i) => {
          const n = i + 1;
          if (!text.trim()) return <div key={n} className="h-5" aria-hidden="true" />;
          const inputId = `${question.id}-line-${n}`;
          const isAnswer = grade && n === question.answer;
          const wrongPick = grade && n === picked && n !== question.answer;
          const feedback = question.lineFeedback[String(n)];
          return (
            <div
              key={n}
              data-line={n}
              className={`flex items-start gap-3 px-3 py-0.5 has-[:focus-visible]:bg-slate-700 ${
                isAnswer ? 'bg-emerald-900/60' : wrongPick ? 'bg-red-900/60' : ''
              }`}
            >
              <input
                id={inputId}
                type="radio"
                name={question.id}
                value={n}
                checked={picked === n}
                disabled={locked}
                onChange={() => onChange({ type: 'line', line: n })}
                className="mt-1 size-4 shrink-0 accent-sky-400"
              />
              <label htmlFor={inputId} className="flex-1 whitespace-pre">
                <span className="sr-only">Line {n}: </span>
                <span
                  aria-hidden="true"
                  className="mr-3 inline-block w-6 text-right text-slate-400 select-none"
                >
                  {n}
                </span>
                {text}
                {isAnswer ? (
                  <span className="ml-3 font-sans text-emerald-300">← the faulty line</span>
                ) : null}
                {wrongPick ? (
                  <span className="ml-3 font-sans text-red-300">← your pick</span>
                ) : null}
              </label>
              {grade && feedback && (n === picked || n === question.answer) ? (
                <span className="font-sans text-xs whitespace-normal text-slate-200">
                  {feedback}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function OrderInput({
  question,
  seed,
  answer,
  onChange,
  locked,
  grade,
}: Props & { question: Extract<Question, { type: 'order' }> }) {
  const order = shownOrder(question, answer, seed);
  const n = order.length;
  const focusAfterMove = useRef<string | null>(null);
  const container = useRef<HTMLOListElement>(null);

  // Reordering moves DOM nodes, which drops focus; put it back on the control that moved.
  useEffect(() => {
    const id = focusAfterMove.current;
    focusAfterMove.current = null;
    if (!id) return;
    const target = container.current?.querySelector<HTMLButtonElement>(`[data-focus-id="${id}"]`);
    // A move to the top or bottom disables its own button; fall back to the position select.
    if (target && !target.disabled) target.focus();
    else
      container.current
        ?.querySelector<HTMLElement>(`[data-focus-id="pos-${id.split('-')[1]}"]`)
        ?.focus();
  }, [answer]);

  const move = (from: number, to: number, focusId: string) => {
    if (to < 0 || to >= n || from === to) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item as number);
    focusAfterMove.current = focusId;
    onChange({ type: 'order', order: next });
  };

  return (
    <div>
      <p
        id={`${question.id}-order-help`}
        className="mb-2 text-sm text-slate-700 dark:text-slate-300"
      >
        Put the steps in the right order: choose a position for a step, or move it up and down.
      </p>
      <ol ref={container} className="space-y-2" aria-describedby={`${question.id}-order-help`}>
        {order.map((itemIndex, position) => {
          const text = question.items[itemIndex] ?? '';
          const right = grade?.type === 'order' ? grade.placedRight[position] : undefined;
          return (
            <li
              key={itemIndex}
              data-item={itemIndex}
              className={`flex flex-wrap items-center gap-2 rounded-md border p-2 ${
                right === undefined
                  ? 'border-slate-300 dark:border-slate-700'
                  : right
                    ? 'border-emerald-600'
                    : 'border-red-600'
              }`}
            >
              <span className="w-6 text-right font-semibold tabular-nums" aria-hidden="true">
                {position + 1}.
              </span>
              <span className="min-w-0 flex-1 font-mono text-sm break-words">
                {renderInline(text)}
              </span>
              {right !== undefined ? mark(right) : null}
              <label className="sr-only" htmlFor={`${question.id}-pos-${itemIndex}`}>
                Position of step: {text}
              </label>
              <select
                id={`${question.id}-pos-${itemIndex}`}
                data-focus-id={`pos-${itemIndex}`}
                value={position}
                disabled={locked}
                onChange={(e) => move(position, Number(e.target.value), `pos-${itemIndex}`)}
                className="rounded border border-slate-400 bg-white px-1 py-0.5 text-sm dark:border-slate-600 dark:bg-slate-900"
              >
                {order.map((_, p) => (
                  <option key={p} value={p}>
                    {p + 1}
                  </option>
                ))}
              </select>
              <button
                type="button"
                data-focus-id={`up-${itemIndex}`}
                disabled={locked || position === 0}
                onClick={() => move(position, position - 1, `up-${itemIndex}`)}
                aria-label={`Move up: ${text}`}
                className="rounded border border-slate-400 px-2 py-0.5 text-sm disabled:opacity-40 dark:border-slate-600"
              >
                ↑
              </button>
              <button
                type="button"
                data-focus-id={`down-${itemIndex}`}
                disabled={locked || position === n - 1}
                onClick={() => move(position, position + 1, `down-${itemIndex}`)}
                aria-label={`Move down: ${text}`}
                className="rounded border border-slate-400 px-2 py-0.5 text-sm disabled:opacity-40 dark:border-slate-600"
              >
                ↓
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
