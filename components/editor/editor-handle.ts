import type { Fix } from '@/lib/analyzer/types';

/** What the panels may ask of whichever editor is showing (Monaco or the textarea). */
export interface EditorHandle {
  /** Moves the cursor to a 1-based position, scrolls it into view and focuses the editor. */
  reveal(line: number, column: number): void;
  /** Applies a diagnostic's fix as an undoable edit. */
  applyFix(fix: Fix): void;
}

/** Props shared by the Monaco editor and its textarea fallback. */
export interface EditorProps {
  value: string;
  onChange(text: string): void;
  /** `--target` for the analysis behind the markers */
  target?: string;
  /** a unique id for this editor's document, e.g. `playground` or `lesson/starter.Dockerfile` */
  path: string;
  /** accessible name of the editing surface */
  label: string;
  onReady?(handle: EditorHandle): void;
  /** CSS height of the editing surface */
  height?: string;
}
