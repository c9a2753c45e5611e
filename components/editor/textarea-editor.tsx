'use client';
import { useEffect, useRef } from 'react';
import { applyFix, offsetOf } from '@/lib/playground/monaco-bridge';
import type { EditorProps } from './editor-handle';

/**
 * A plain textarea editor for small and touch-only screens, where Monaco does not work
 * (microsoft/monaco-editor#246). The analysis panels around it are the same.
 */
export function TextareaEditor({ value, onChange, label, onReady, height = '24rem' }: EditorProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const latest = useRef({ value, onChange });
  useEffect(() => {
    latest.current = { value, onChange };
  });

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
        latest.current.onChange(applyFix(latest.current.value, fix));
        ref.current?.focus();
      },
      // The parent owns the text; it already holds the new value.
      setValue() {},
    });
  }, [onReady]);

  return (
    <textarea
      ref={ref}
      data-editor="textarea"
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      wrap="off"
      style={{ height }}
      className="block w-full resize-y rounded-md border border-slate-300 bg-white p-3 font-mono text-sm leading-5 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    />
  );
}
