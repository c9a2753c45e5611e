import type { Fix } from '@/lib/analyzer/types';

/** What the page may ask of whichever editor is showing (Monaco or the textarea). */
export interface EditorHandle {
  /** Moves the cursor to a 1-based position, scrolls it into view and focuses the editor. */
  reveal(line: number, column: number): void;
  /** Applies a diagnostic's fix as an undoable edit. */
  applyFix(fix: Fix): void;
  /** Replaces the whole text (a template, a reset, a shared link) as one undoable edit. */
  setValue(text: string): void;
}

/** Props shared by the Monaco editor and its textarea fallback. */
export interface EditorProps {
  /** the text when the editor mounts; the editor then owns it, replacements go through `setValue` */
  value: string;
  /** called after each change with the whole text (the editor has already asked for its analysis) */
  onChange(text: string): void;
  /** the analysis channel (see analysis-client) whose results become markers */
  channel: string;
  /** `--target` for the analysis */
  target: string;
  /** a unique id for this editor's document, e.g. `playground` or `lesson/starter.Dockerfile` */
  path: string;
  /** accessible name of the editing surface */
  label: string;
  onReady?(handle: EditorHandle): void;
  /** CSS height of the editing surface */
  height?: string;
}
