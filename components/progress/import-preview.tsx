'use client';

import type { ImportMode, ImportSummaryRow } from '@/lib/store/progress-import-plan';

const BUTTON = 'rounded-md px-3 py-1.5 text-sm font-medium';
const SECONDARY = `${BUTTON} border border-slate-400 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`;

/**
 * The confirmation step of an import: what the file holds, what each way to import would leave,
 * and the choice. Nothing changes until the learner picks merge or replace.
 */
export function ImportPreview({
  fileName,
  rows,
  onChoose,
  onCancel,
}: {
  fileName: string;
  rows: ImportSummaryRow[];
  onChoose(mode: ImportMode): void;
  onCancel(): void;
}) {
  return (
    <div
      id="import-confirm"
      role="alertdialog"
      aria-labelledby="import-confirm-title"
      aria-describedby="import-confirm-text"
      className="space-y-3 rounded-md border border-sky-700 bg-sky-50 p-3 dark:bg-sky-950/40"
    >
      <p id="import-confirm-title" className="font-semibold">
        Import progress from {fileName}?
      </p>
      <p id="import-confirm-text" className="text-sm">
        Merge keeps everything here and adds the file: a lesson completed in either stays completed,
        and the better score of an attempt is kept. Replace drops the progress in this browser and
        keeps only the file&apos;s.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-import-summary>
          <caption className="sr-only">What each way to import would leave</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              {['', 'Now', 'In the file', 'After merge', 'After replace'].map((heading) => (
                <th key={heading} scope="col" className="py-1 pr-3">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                data-summary-row={row.id}
                className="border-b border-slate-200 dark:border-slate-800"
              >
                <th scope="row" className="py-1 pr-3 font-medium">
                  {row.label}
                </th>
                <td className="py-1 pr-3">{row.current}</td>
                <td className="py-1 pr-3">{row.file}</td>
                <td className="py-1 pr-3" data-after="merge">
                  {row.afterMerge}
                </td>
                <td className="py-1 pr-3" data-after="replace">
                  {row.afterReplace}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          autoFocus
          className={`${BUTTON} bg-sky-700 text-white hover:bg-sky-800`}
          onClick={() => onChoose('merge')}
        >
          Merge into my progress
        </button>
        <button
          type="button"
          className={`${BUTTON} border border-red-700 text-red-800 hover:bg-red-50 dark:border-red-400 dark:text-red-300 dark:hover:bg-red-950`}
          onClick={() => onChoose('replace')}
        >
          Replace my progress
        </button>
        <button type="button" className={SECONDARY} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
