'use client';
import { useStore } from 'zustand';
import { DRAFTS_STORAGE_KEY, dismissDraftsNotice, draftsStatus } from '@/lib/store/drafts';
import { downloadText } from './download-text';

const BOX = 'rounded-md border-l-4 p-3 text-sm text-slate-900 dark:text-slate-100';
const BUTTON = 'rounded border border-slate-500 px-2 py-1 hover:bg-white/50';

function readBackup(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * The playground's storage notices, told as they are: a saved draft that could not be read (kept
 * under a backup key, downloadable), and a draft that was not saved (storage full, or too large),
 * with the current text offered as a download so nothing is lost.
 */
export function DraftNotices({ currentText }: { currentText: () => string }) {
  const notice = useStore(draftsStatus, (s) => s.notice);
  const backupKey = notice.recovered?.backupKey;
  return (
    <>
      {notice.recovered ? (
        <div
          role="alert"
          data-notice="draft-recovered"
          className={`${BOX} border-amber-600 bg-amber-50 dark:bg-amber-950/60`}
        >
          <p className="font-semibold">
            Your saved draft could not be read, so the playground opened a starter.
          </p>
          <p>
            Reason: {notice.recovered.reason}.{' '}
            {backupKey
              ? `The old draft is kept in this browser under “${backupKey}”.`
              : 'The old draft could not be backed up.'}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            {backupKey ? (
              <button
                type="button"
                className={BUTTON}
                onClick={() =>
                  downloadText(`${DRAFTS_STORAGE_KEY}-backup.json`, readBackup(backupKey) ?? '')
                }
              >
                Download the old draft
              </button>
            ) : null}
            <button
              type="button"
              className={BUTTON}
              onClick={() => dismissDraftsNotice('recovered')}
            >
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
      {notice.saveError ? (
        <div
          role="alert"
          data-notice="draft-not-saved"
          className={`${BOX} border-red-600 bg-red-50 dark:bg-red-950/60`}
        >
          <p>{notice.saveError}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              className={BUTTON}
              onClick={() => downloadText('Dockerfile', currentText())}
            >
              Download the Dockerfile
            </button>
            <button
              type="button"
              className={BUTTON}
              onClick={() => dismissDraftsNotice('saveError')}
            >
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
