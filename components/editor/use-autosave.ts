'use client';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useDrafts } from '@/lib/store/drafts';

/** Typing pauses this long before the draft is written: localStorage writes are synchronous. */
export const SAVE_DELAY_MS = 300;

export interface Autosave {
  /** Notes an edit; the draft is written once typing pauses, or when the page is left. */
  schedule(text: string, onPause?: () => void): void;
  /** Writes `text` now (a template, a reset, a shared link). */
  saveNow(text: string): void;
  /** Records `text` as what storage already holds (the draft just loaded). */
  markSaved(text: string): void;
  /** Allows writing, once the stored draft has been read, and writes any edit made before. */
  start(): void;
}

/**
 * Autosaves one editor's text as the draft under `key`. Until `start()`, nothing is written, so
 * the stored draft cannot be overwritten before it is read. The pending edit is written at once when
 * the page is hidden or left (`visibilitychange`, `pagehide`): a reload within the typing pause
 * must not lose it, and neither must a phone switching apps, which may never fire `pagehide`.
 * `isDraft(text, stored)` says whether a text is worth keeping (an untouched starter is not).
 */
export function useAutosave(
  key: string,
  isDraft: (text: string, stored: string | undefined) => boolean = () => true,
): Autosave {
  const latest = useRef<string | null>(null);
  const lastSaved = useRef<string | null>(null);
  const started = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const isDraftRef = useRef(isDraft);
  useEffect(() => {
    isDraftRef.current = isDraft;
  });

  /** Writes the pending text; `chosen` texts (a template picked, a link opened) always count. */
  const flush = useCallback(
    (chosen = false) => {
      clearTimeout(timer.current);
      timer.current = undefined;
      const text = latest.current;
      if (!started.current || text === null || text === lastSaved.current) return;
      const { drafts, setDraft } = useDrafts.getState();
      if (!chosen && !isDraftRef.current(text, drafts[key]?.text)) return;
      setDraft(key, text);
      lastSaved.current = text;
    },
    [key],
  );

  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush(); // leaving the page by a client-side link
    };
  }, [flush]);

  return useMemo(
    () => ({
      schedule(text, onPause) {
        latest.current = text;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          onPause?.();
          flush();
        }, SAVE_DELAY_MS);
      },
      saveNow(text) {
        latest.current = text;
        flush(true);
      },
      markSaved(text) {
        latest.current = text;
        lastSaved.current = text;
      },
      start() {
        started.current = true;
        if (latest.current !== lastSaved.current) flush();
      },
    }),
    [flush],
  );
}
