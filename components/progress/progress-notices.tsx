'use client';

import { useMemo } from 'react';
import { progress, useProgressStatus, useProgressSync } from '@/lib/store/progress-hooks';

/**
 * Site-wide storage notices: saved progress that could not be read (kept under a backup key,
 * downloadable), and writes that failed (storage full or blocked). Also loads progress and keeps
 * tabs in sync on every page.
 */
export function ProgressNotices() {
  useProgressSync();
  const notice = useProgressStatus((s) => s.notice);
  const backupHref = useMemo(() => {
    const key = notice.recovered?.backupKey;
    if (!key || typeof window === 'undefined') return null;
    try {
      const raw = window.localStorage.getItem(key);
      return raw === null ? null : `data:application/json;charset=utf-8,${encodeURIComponent(raw)}`;
    } catch {
      return null;
    }
  }, [notice.recovered?.backupKey]);

  if (!notice.recovered && !notice.saveError) return null;
  return (
    <div className="mx-auto max-w-7xl space-y-2 px-4 pt-4">
      {notice.recovered ? (
        <div
          role="alert"
          data-notice="recovered"
          className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-slate-900 dark:bg-amber-950/60 dark:text-slate-100"
        >
          <p className="font-semibold">
            Your saved progress could not be read, so Stagecraft started fresh.
          </p>
          <p className="text-sm">
            Reason: {notice.recovered.reason}.{' '}
            {notice.recovered.backupKey
              ? `The old data is kept in this browser under “${notice.recovered.backupKey}”.`
              : 'The old data could not be backed up.'}
          </p>
          <div className="mt-2 flex flex-wrap gap-2 text-sm">
            {backupHref ? (
              <a
                href={backupHref}
                download="stagecraft-progress-backup.json"
                className="rounded border border-slate-500 px-2 py-1 hover:bg-white/50"
              >
                Download the backup
              </a>
            ) : null}
            <button
              type="button"
              onClick={() => progress.dismissNotice('recovered')}
              className="rounded border border-slate-500 px-2 py-1 hover:bg-white/50"
            >
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
      {notice.saveError ? (
        <div
          role="alert"
          data-notice="save-error"
          className="rounded-md border-l-4 border-red-600 bg-red-50 p-3 text-slate-900 dark:bg-red-950/60 dark:text-slate-100"
        >
          <p>{notice.saveError}</p>
          <button
            type="button"
            onClick={() => progress.dismissNotice('saveError')}
            className="mt-2 rounded border border-slate-500 px-2 py-1 text-sm hover:bg-white/50"
          >
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
