'use client';

import { useRef, useState } from 'react';
import { MAX_IMPORT_BYTES, exportProgress, formatMegabytes } from '@/lib/store/progress-import';
import type { ProgressData } from '@/lib/store/progress-schema';
import { progress, useProgress, useProgressSync } from '@/lib/store/progress-hooks';
import { ImportPreview } from './import-preview';
import { useProgressImport, type DataMessage } from './use-progress-import';

const BUTTON = 'rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-50';
const SECONDARY = `${BUTTON} border border-slate-400 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`;

function download(data: ProgressData) {
  const blob = new Blob([exportProgress(data)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `stagecraft-progress-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Export progress as a JSON file, import it back (checked, previewed, then merged or replaced),
 * and reset with an in-page confirm.
 */
export function ProgressDataControls({ lessonSlugs }: { lessonSlugs: readonly string[] }) {
  const hydrated = useProgressSync();
  const data = useProgress((s): ProgressData => ({
    lessons: s.lessons,
    attempts: s.attempts,
    last: s.last,
  }));
  const [message, setMessage] = useState<DataMessage>(null);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const importer = useProgressImport(lessonSlugs, setMessage);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setConfirming(false);
    await importer.choose(file);
    // Cleared so that choosing the same file again is a change, and imports again.
    if (fileInput.current) fileInput.current.value = '';
  };

  const reset = () => {
    progress.store.getState().reset();
    setConfirming(false);
    setMessage({ kind: 'ok', text: 'Progress reset. Everything starts fresh.' });
    resetButton.current?.focus();
  };

  return (
    <section aria-labelledby="progress-data" className="space-y-3">
      <h2 id="progress-data" className="text-xl font-semibold">
        Your data
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Progress is stored only in this browser. Export it to keep a copy or move it to another
        browser. An import can be at most {formatMegabytes(MAX_IMPORT_BYTES)}, and you choose
        whether it merges with or replaces what is here.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={SECONDARY}
          disabled={!hydrated}
          onClick={() => {
            download(data);
            setMessage({ kind: 'ok', text: 'Progress exported as a JSON file.' });
          }}
        >
          Export progress
        </button>
        <label
          className={`${SECONDARY} cursor-pointer has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-sky-600`}
        >
          Import progress
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            disabled={!hydrated}
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </label>
        <button
          ref={resetButton}
          type="button"
          className={`${BUTTON} border border-red-700 text-red-800 hover:bg-red-50 dark:border-red-400 dark:text-red-300 dark:hover:bg-red-950`}
          disabled={!hydrated}
          aria-expanded={confirming}
          aria-controls="reset-confirm"
          onClick={() => {
            importer.cancel();
            setConfirming(true);
          }}
        >
          Reset progress
        </button>
      </div>
      {confirming ? (
        <div
          id="reset-confirm"
          role="alertdialog"
          aria-labelledby="reset-confirm-title"
          aria-describedby="reset-confirm-text"
          className="space-y-2 rounded-md border border-red-700 bg-red-50 p-3 dark:bg-red-950/40"
        >
          <p id="reset-confirm-title" className="font-semibold">
            Reset all progress?
          </p>
          <p id="reset-confirm-text" className="text-sm">
            This deletes {Object.keys(data.lessons).length} lesson records and{' '}
            {data.attempts.length} quiz attempts from this browser. Export first if you may want
            them back.
          </p>
          <div className="flex gap-2">
            <button
              type="button"
              autoFocus
              className={`${BUTTON} bg-red-700 text-white hover:bg-red-800`}
              onClick={reset}
            >
              Yes, reset everything
            </button>
            <button
              type="button"
              className={SECONDARY}
              onClick={() => {
                setConfirming(false);
                resetButton.current?.focus();
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {importer.pending ? (
        <ImportPreview
          fileName={importer.pending.fileName}
          rows={importer.pending.rows}
          onChoose={importer.apply}
          onCancel={() => {
            importer.cancel();
            setMessage({ kind: 'ok', text: 'Import cancelled. Your progress is unchanged.' });
          }}
        />
      ) : null}
      <p
        role={message?.kind === 'error' ? 'alert' : 'status'}
        data-import-message={message?.kind}
        className={
          message?.kind === 'error'
            ? 'text-red-800 dark:text-red-300'
            : 'text-emerald-800 dark:text-emerald-300'
        }
      >
        {message?.text}
      </p>
    </section>
  );
}
