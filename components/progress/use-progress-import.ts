'use client';

import { useState } from 'react';
import { MAX_IMPORT_BYTES, importProgress, tooLargeMessage } from '@/lib/store/progress-import';
import {
  mergeImported,
  replaceWithImported,
  summarizeImport,
  type ImportMode,
  type ImportSummaryRow,
} from '@/lib/store/progress-import-plan';
import { progress } from '@/lib/store/progress-hooks';
import type { ProgressData } from '@/lib/store/progress-schema';

/** A message under the data controls. */
export type DataMessage = { kind: 'ok' | 'error'; text: string } | null;

/** A checked file waiting for the learner's choice. */
export interface PendingImport {
  fileName: string;
  data: ProgressData;
  rows: ImportSummaryRow[];
}

const refused = (reason: string): DataMessage => ({
  kind: 'error',
  text: `Import failed: ${reason} Your progress is unchanged.`,
});

function currentData(): ProgressData {
  const { lessons, attempts, last, resetAt } = progress.store.getState();
  return { lessons, attempts, ...(last ? { last } : {}), ...(resetAt ? { resetAt } : {}) };
}

function importedMessage(mode: ImportMode, data: ProgressData): DataMessage {
  const lessons = Object.keys(data.lessons).length;
  const completed = Object.values(data.lessons).filter((lesson) => lesson.completedAt).length;
  const how = mode === 'merge' ? 'merged into yours' : 'replaced yours';
  return {
    kind: 'ok',
    text: `Progress imported (${how}): now ${completed} completed of ${lessons} ${lessons === 1 ? 'lesson' : 'lessons'} and ${data.attempts.length} quiz attempts.`,
  };
}

/**
 * The import flow: check the file's size before reading it, check its content, show the preview,
 * and store the learner's choice only if it fits in storage (the old progress stays otherwise).
 */
export function useProgressImport(
  lessonSlugs: readonly string[],
  say: (message: DataMessage) => void,
) {
  const [pending, setPending] = useState<PendingImport | null>(null);

  const choose = async (file: File) => {
    setPending(null);
    if (file.size > MAX_IMPORT_BYTES) return say(refused(tooLargeMessage(file.size)));
    let text: string;
    try {
      text = await file.text();
    } catch {
      return say(refused('the file could not be read.'));
    }
    const result = importProgress(text, { lessonSlugs });
    if (!result.ok) return say(refused(result.error));
    say(null);
    setPending({
      fileName: file.name,
      data: result.data,
      rows: summarizeImport(currentData(), result.data),
    });
  };

  const apply = (mode: ImportMode) => {
    if (!pending) return;
    const current = currentData();
    const next =
      mode === 'merge'
        ? mergeImported(current, pending.data)
        : replaceWithImported(current, pending.data);
    setPending(null);
    const reason = progress.commit(next);
    say(reason ? refused(reason) : importedMessage(mode, next));
  };

  return { pending, choose, apply, cancel: () => setPending(null) };
}
