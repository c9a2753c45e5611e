'use client';
import { useEffect, useMemo, useRef } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { MARKER_OWNER, toMarkers } from '@/lib/playground/monaco-bridge';
import {
  lastAnalysis,
  requestAnalysis,
  subscribeDiagnostics,
  type DiagnosticsResult,
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

/** The text this editor last asked to analyze, and the model version it was read from. */
interface Requested {
  text: string;
  version: number;
}

/**
 * Draws an analysis as markers, if it is an analysis of the model's current text. The model's
 * version id says whether the text changed since `requested` was read, so the whole text is not
 * read again; the analyzed text is usually the very string requested (compared by reference).
 */
function showMarkers(
  model: monaco.editor.ITextModel,
  requested: Requested,
  result: DiagnosticsResult | undefined,
): void {
  if (!result || model.getVersionId() !== requested.version || result.text !== requested.text) {
    return;
  }
  const { diagnostics } = result;
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

const LOADING = (
  <p className="p-4 text-sm text-slate-600 dark:text-slate-300">Loading the editor…</p>
);

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
  const latest = useRef({ value, target, channel, onChange });
  useEffect(() => {
    latest.current = { value, target, channel, onChange };
  });
  const subscription = useRef<(() => void) | null>(null);
  useEffect(() => () => subscription.current?.(), []);
  const requested = useRef<Requested>({ text: '', version: -1 });

  // Asks for an analysis of the model's current text (one getValue per change, shared by all).
  const analyzeModel = useRef((model: monaco.editor.ITextModel): string => {
    const text = model.getValue();
    requested.current = { text, version: model.getVersionId() };
    requestAnalysis(latest.current.channel, text, latest.current.target || undefined);
    return text;
  });

  // A new --target is a new analysis of the same text.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) analyzeModel.current(model);
  }, [target]);

  // A new object on every render would make the wrapper call updateOptions on each keystroke.
  const options = useMemo(
    () => ({
      ariaLabel: label,
      minimap: { enabled: false },
      fontSize: 14,
      scrollBeyondLastLine: false,
      automaticLayout: true,
      lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.On },
      tabSize: 4,
    }),
    [label],
  );

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
      subscription.current = subscribeDiagnostics(latest.current.channel, (r) =>
        showMarkers(model, requested.current, r),
      );
      requested.current = { text: model.getValue(), version: model.getVersionId() };
      const last = lastAnalysis(latest.current.channel);
      showMarkers(
        model,
        requested.current,
        last && { ...last, diagnostics: last.analysis.diagnostics },
      );
      analyzeModel.current(model);
      // The analysis request goes out first; the page hears of the new text after.
      editor.onDidChangeModelContent(() => latest.current.onChange(analyzeModel.current(model)));
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
        onMount={onMount}
        theme={dark ? 'vs-dark' : 'vs'}
        loading={LOADING}
        options={options}
      />
    </div>
  );
}
