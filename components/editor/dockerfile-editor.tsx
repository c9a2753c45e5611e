'use client';
import { useEffect, useRef } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { analyze } from '@/lib/analyzer';
import { MARKER_OWNER, toMarkers } from '@/lib/playground/monaco-bridge';
import type { EditorProps } from './editor-handle';
import { diagnosticsByModel, monaco, registerDockerfileProviders } from './monaco-setup';
import { useDarkMode } from './use-dark-mode';

type CodeEditor = Parameters<OnMount>[0];

/** Detail of the `stagecraft:markers` window event, read by the latency benchmark. */
export interface MarkersEventDetail {
  /** performance.now() when the markers were set */
  at: number;
  /** time spent in analyze() + setModelMarkers */
  ms: number;
  count: number;
}

/** Re-analyzes the model and replaces its markers; announces the timing for the benchmark. */
function updateMarkers(model: monaco.editor.ITextModel, target: string | undefined): void {
  const start = performance.now();
  const { diagnostics } = analyze(model.getValue(), { target });
  diagnosticsByModel.set(model, diagnostics);
  const markers = toMarkers(diagnostics, window.location.origin).map((m) => ({
    ...m,
    code: { value: m.code.value, target: monaco.Uri.parse(m.code.target) },
  }));
  monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
  const at = performance.now();
  window.dispatchEvent(
    new CustomEvent<MarkersEventDetail>('stagecraft:markers', {
      detail: { at, ms: at - start, count: markers.length },
    }),
  );
}

/** The Monaco Dockerfile editor with live analyzer markers, hovers and quick fixes. */
export default function DockerfileEditor({
  value,
  onChange,
  target,
  path,
  label,
  onReady,
  height = '28rem',
}: EditorProps) {
  const dark = useDarkMode();
  const editorRef = useRef<CodeEditor | null>(null);
  const targetRef = useRef(target);

  useEffect(() => {
    targetRef.current = target;
    const model = editorRef.current?.getModel();
    if (model) updateMarkers(model, target);
  }, [target]);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    registerDockerfileProviders();
    const model = editor.getModel();
    if (model) updateMarkers(model, targetRef.current);
    editor.onDidChangeModelContent(() => {
      const current = editor.getModel();
      if (current) updateMarkers(current, targetRef.current);
    });
    editor.onDidDispose(() => {
      if (editorRef.current === editor) editorRef.current = null;
    });
    onReady?.({
      reveal(line, column) {
        editor.setPosition({ lineNumber: line, column });
        editor.revealPositionInCenterIfOutsideViewport({ lineNumber: line, column });
        editor.focus();
      },
      applyFix(fix) {
        editor.pushUndoStop();
        editor.executeEdits('stagecraft-fix', [
          {
            range: new monaco.Range(fix.line, fix.column, fix.endLine, fix.endColumn),
            text: fix.text,
          },
        ]);
        editor.pushUndoStop();
        editor.focus();
      },
    });
  };

  return (
    <div
      data-editor="monaco"
      className="overflow-hidden rounded-md border border-slate-300 dark:border-slate-700"
    >
      <Editor
        height={height}
        language="dockerfile"
        path={`inmemory://stagecraft/${path}`}
        value={value}
        onChange={(text) => onChange(text ?? '')}
        onMount={onMount}
        theme={dark ? 'vs-dark' : 'vs'}
        loading={
          <p className="p-4 text-sm text-slate-600 dark:text-slate-300">Loading the editor…</p>
        }
        options={{
          ariaLabel: label,
          minimap: { enabled: false },
          fontSize: 14,
          scrollBeyondLastLine: false,
          automaticLayout: true,
          lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.On },
          tabSize: 4,
          renderValidationDecorations: 'on',
        }}
      />
    </div>
  );
}
