'use client';
import { useEffect, useRef } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { MARKER_OWNER, toMarkers } from '@/lib/playground/monaco-bridge';
import {
  lastAnalysis,
  requestAnalysis,
  subscribeAnalysis,
  type AnalysisResult,
} from './analysis-client';
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
  /** performance.now() when the analysis was requested (the model had changed) */
  requestedAt: number;
  /** length of the analyzed text, so a benchmark can tell which keystroke it includes */
  length: number;
}

/** Draws an analysis as markers, if it is an analysis of the model's current text. */
function showMarkers(model: monaco.editor.ITextModel, result: AnalysisResult | undefined): void {
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
      detail: {
        at: performance.now(),
        ms: result.ms,
        count: markers.length,
        length: result.text.length,
        requestedAt: result.requestedAt,
      },
    }),
  );
}

/** The Monaco Dockerfile editor with analyzer markers, hovers and quick fixes. */
export default function DockerfileEditor({
  value,
  onChange,
  channel,
  target,
  path,
  label,
  onReady,
  height = '28rem',
}: EditorProps) {
  const dark = useDarkMode();
  const editorRef = useRef<CodeEditor | null>(null);
  const latest = useRef({ value, target, channel });
  useEffect(() => {
    latest.current = { value, target, channel };
  });
  const subscription = useRef<(() => void) | null>(null);
  useEffect(() => () => subscription.current?.(), []);

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
    if (model) {
      // Markers bypass React: straight from the worker's answer to the model.
      subscription.current?.();
      subscription.current = subscribeAnalysis(latest.current.channel, (r) =>
        showMarkers(model, r),
      );
      showMarkers(model, lastAnalysis(latest.current.channel));
      requestAnalysis(latest.current.channel, model.getValue(), latest.current.target || undefined);
      editor.onDidChangeModelContent(() =>
        requestAnalysis(
          latest.current.channel,
          model.getValue(),
          latest.current.target || undefined,
        ),
      );
    }
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
