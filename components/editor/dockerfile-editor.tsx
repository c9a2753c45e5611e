'use client';
import { useEffect, useRef } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { MARKER_OWNER, toMarkers } from '@/lib/playground/monaco-bridge';
import type { AnalysisResult } from './analysis-client';
import type { EditorProps } from './editor-handle';
import { diagnosticsByModel, monaco, registerDockerfileProviders } from './monaco-setup';
import { useDarkMode } from './use-dark-mode';

type CodeEditor = Parameters<OnMount>[0];

/** Detail of the `stagecraft:markers` window event, read by the latency benchmark. */
export interface MarkersEventDetail {
  /** performance.now() when the markers were set */
  at: number;
  /** time analyze() took in the worker */
  ms: number;
  count: number;
}

/** Draws an analysis as markers, if it is an analysis of the model's current text. */
function showMarkers(model: monaco.editor.ITextModel, result: AnalysisResult | null): void {
  if (!result || result.text !== model.getValue()) return;
  const { diagnostics } = result.analysis;
  diagnosticsByModel.set(model, diagnostics);
  const markers = toMarkers(diagnostics, window.location.origin).map((m) => ({
    ...m,
    code: { value: m.code.value, target: monaco.Uri.parse(m.code.target) },
  }));
  monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
  window.dispatchEvent(
    new CustomEvent<MarkersEventDetail>('stagecraft:markers', {
      detail: { at: performance.now(), ms: result.ms, count: markers.length },
    }),
  );
}

/** The Monaco Dockerfile editor with analyzer markers, hovers and quick fixes. */
export default function DockerfileEditor({
  value,
  onChange,
  result,
  path,
  label,
  onReady,
  height = '28rem',
}: EditorProps) {
  const dark = useDarkMode();
  const editorRef = useRef<CodeEditor | null>(null);
  const latest = useRef({ value, result });
  useEffect(() => {
    latest.current = { value, result };
  });

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) showMarkers(model, result);
  }, [result]);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    registerDockerfileProviders();
    const replaceAll = (text: string) => {
      const model = editor.getModel();
      if (!model || model.getValue() === text) return;
      editor.pushUndoStop();
      editor.executeEdits('stagecraft', [{ range: model.getFullModelRange(), text }]);
      editor.pushUndoStop();
    };
    // The text may have changed (a draft loaded) while Monaco was downloading.
    replaceAll(latest.current.value);
    const model = editor.getModel();
    if (model) showMarkers(model, latest.current.result);
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
      setValue: replaceAll,
    });
  };

  return (
    <div
      data-editor="monaco"
      className="overflow-hidden rounded-md border border-slate-300 dark:border-slate-700"
    >
      {/* Uncontrolled on purpose: a `value` prop races fast typing and can drop keystrokes. */}
      <Editor
        height={height}
        language="dockerfile"
        path={`inmemory://stagecraft/${path}`}
        defaultValue={value}
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
        }}
      />
    </div>
  );
}
