'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { applyFix, offsetOf } from '@/lib/playground/monaco-bridge';
import { requestAnalysis } from './analysis-client';
import type { EditorProps } from './editor-handle';

/**
 * A plain textarea editor for small and touch-only screens, where Monaco does not work
 * (microsoft/monaco-editor#246). The analysis panels around it are the same. Like Monaco, it owns
 * its text and asks for the analysis itself, so a keystroke re-renders this textarea, not the page.
 */
export function TextareaEditor({
  value,
  onChange,
  channel,
  target,
  label,
  onReady,
  height = '24rem',
}: EditorProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(value);
  const latest = useRef({ text, onChange });
  useEffect(() => {
    latest.current = { text, onChange };
  });

  useEffect(() => {
    requestAnalysis(channel, text, target || undefined);
  }, [channel, text, target]);

  const edit = useCallback((next: string) => {
    latest.current.text = next;
    setText(next);
    latest.current.onChange(next);
  }, []);

  useEffect(() => {
    onReady?.({
      reveal(line, column) {
        const el = ref.current;
        if (!el) return;
        const at = offsetOf(el.value, line, column);
        el.focus();
        el.setSelectionRange(at, at);
        // Scroll the line into view: textareas have no API for it, so estimate by line height.
        const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
        el.scrollTop = Math.max(0, (line - 3) * lineHeight);
      },
      applyFix(fix) {
        edit(applyFix(latest.current.text, fix));
        ref.current?.focus();
      },
      setValue(next) {
        if (next !== latest.current.text) edit(next);
      },
    });
  }, [onReady, edit]);

  return (
    <textarea
      ref={ref}
      data-editor="textarea"
      aria-label={label}
      value={text}
      onChange={(e) => edit(e.target.value)}
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      wrap="off"
      style={{ height }}
      className="block w-full resize-y rounded-md border border-slate-300 bg-white p-3 font-mono text-sm leading-5 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    />
  );
}
