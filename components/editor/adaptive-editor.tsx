'use client';
import { DockerfileEditorLazy } from './dockerfile-editor-lazy';
import type { EditorProps } from './editor-handle';
import { TextareaEditor } from './textarea-editor';
import { useEditorKind } from './use-editor-kind';

/** Monaco on desktop, a textarea on small or touch-only screens; Monaco is fetched only when used. */
export function AdaptiveEditor(props: EditorProps) {
  const kind = useEditorKind();
  if (kind === null) {
    return (
      <div
        style={{ height: props.height ?? '28rem' }}
        className="rounded-md border border-slate-300 dark:border-slate-700"
        aria-hidden="true"
      />
    );
  }
  return kind === 'monaco' ? <DockerfileEditorLazy {...props} /> : <TextareaEditor {...props} />;
}
