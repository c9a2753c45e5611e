'use client';
import type { Diagnostic } from '@/lib/analyzer/types';
import { fixTitle, lessonHref, ruleHref } from '@/lib/playground/monaco-bridge';

const SEVERITY_STYLE: Record<Diagnostic['severity'], string> = {
  error: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
  warning: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  info: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
};

/**
 * Every diagnostic as a button that moves the editor cursor to it: the keyboard and screen-reader
 * route to what the squiggles show. Fixable problems get a "Fix" button too.
 */
export function ProblemsList({
  diagnostics,
  onSelect,
  onFix,
}: {
  diagnostics: readonly Diagnostic[];
  onSelect(diagnostic: Diagnostic): void;
  onFix(diagnostic: Diagnostic): void;
}) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return (
    <div>
      <p
        className="mb-2 text-sm"
        role="status"
        aria-live="polite"
        data-problem-count={diagnostics.length}
      >
        {diagnostics.length === 0
          ? 'No problems found.'
          : `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} hint${counts.info === 1 ? '' : 's'}`}
      </p>
      {diagnostics.length ? (
        <ul className="space-y-1" aria-label="Problems">
          {diagnostics.map((d, i) => (
            <li
              key={`${d.rule}-${d.line}-${d.column}-${i}`}
              data-rule={d.rule}
              data-severity={d.severity}
              className="flex items-start gap-2 rounded border border-slate-200 p-2 text-sm dark:border-slate-700"
            >
              <button
                type="button"
                onClick={() => onSelect(d)}
                className="min-w-0 flex-1 text-left wrap-anywhere hover:underline focus-visible:outline-2 focus-visible:outline-sky-600"
              >
                <span
                  className={`mr-2 inline-block rounded px-1.5 text-xs font-semibold uppercase ${SEVERITY_STYLE[d.severity]}`}
                >
                  {d.severity}
                </span>
                <span className="tabular-nums text-slate-700 dark:text-slate-300">
                  Line {d.line}, column {d.column}:
                </span>{' '}
                {d.message}
              </button>
              <span className="flex shrink-0 items-center gap-2">
                {d.fix ? (
                  <button
                    type="button"
                    onClick={() => onFix(d)}
                    aria-label={`Fix line ${d.line}: ${fixTitle(d)}`}
                    className="rounded border border-sky-700 px-2 py-0.5 text-xs font-medium text-sky-800 hover:bg-sky-50 dark:border-sky-300 dark:text-sky-200 dark:hover:bg-sky-950"
                  >
                    Fix
                  </button>
                ) : null}
                <a
                  href={ruleHref(d.rule, '')}
                  className="text-xs text-sky-800 underline dark:text-sky-300"
                  aria-label={`About rule ${d.rule}`}
                >
                  {d.rule}
                </a>
                {lessonHref(d.docs, '') ? (
                  <a
                    href={lessonHref(d.docs, '')!}
                    className="text-xs text-sky-800 underline dark:text-sky-300"
                    aria-label={`Lesson about ${d.rule}`}
                  >
                    lesson
                  </a>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
