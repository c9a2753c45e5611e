'use client';
import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import type { Diagnostic } from '@/lib/analyzer/types';
import { shareFragment } from '@/lib/share/codec';
import { LiveAnalysisPanels } from '@/components/analysis/live-analysis-panels';
import { useAnalysis } from '@/components/editor/use-analysis';
import type { PanelId } from '@/lib/playground/panels';
import { AdaptiveEditor } from '@/components/editor/adaptive-editor';
import type { EditorHandle } from '@/components/editor/editor-handle';

/**
 * A lesson's playground. The Dockerfile and its analysis show at once; the editor (and so Monaco)
 * loads only when the block nears the viewport or the learner asks for it.
 */
export function LessonPlayground({
  id,
  file,
  title,
  source,
  panels,
}: {
  id: string;
  file: string;
  title?: string;
  source: string;
  panels: PanelId[];
}) {
  const [text, setText] = useState(source);
  const [target, setTarget] = useState('');
  const [active, setActive] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const handle = useRef<EditorHandle | null>(null);
  const result = useDeferredValue(useAnalysis(`lesson/${id}`, text, target));
  const domId = id.replace(/[^\w-]/g, '-');

  useEffect(() => {
    const el = box.current;
    if (!el || active) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setActive(true);
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [active]);

  const onReady = useCallback((h: EditorHandle) => {
    handle.current = h;
  }, []);

  const openInPlayground = async () => {
    window.location.assign(`/playground/${await shareFragment(text)}`);
  };

  const select = useCallback((d: Diagnostic) => {
    setActive(true);
    handle.current?.reveal(d.line, d.column);
  }, []);
  const fix = useCallback((d: Diagnostic) => d.fix && handle.current?.applyFix(d.fix), []);

  return (
    <div
      ref={box}
      data-playground={file}
      className="not-prose my-6 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <h3 className="mr-auto font-mono text-sm font-semibold">{title ?? file}</h3>
        <button
          type="button"
          onClick={() => {
            setText(source);
            handle.current?.setValue(source);
          }}
          className="rounded border border-slate-400 px-2 py-0.5 text-xs font-medium hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
        >
          Reset
        </button>
        <button
          type="button"
          onClick={() => void openInPlayground()}
          className="rounded border border-sky-700 px-2 py-0.5 text-xs font-medium text-sky-800 hover:bg-sky-50 dark:border-sky-300 dark:text-sky-200 dark:hover:bg-sky-950"
        >
          Open in playground
        </button>
      </div>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-3 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0">
          {active ? (
            <AdaptiveEditor
              value={text}
              onChange={setText}
              channel={`lesson/${id}`}
              target={target}
              path={`lesson/${id}`}
              label={`Dockerfile editor: ${file}`}
              onReady={onReady}
              height="20rem"
            />
          ) : (
            <div className="relative">
              <pre
                tabIndex={0}
                aria-label={`${file} (read-only until you edit it)`}
                className="max-h-80 overflow-auto rounded-md border border-slate-300 bg-slate-50 p-3 text-sm dark:border-slate-700 dark:bg-slate-900"
              >
                <code>{text}</code>
              </pre>
              <button
                type="button"
                onClick={() => setActive(true)}
                className="absolute right-2 bottom-2 rounded bg-sky-700 px-3 py-1 text-sm font-medium text-white hover:bg-sky-800 dark:bg-sky-300 dark:text-slate-950"
              >
                Edit this Dockerfile
              </button>
            </div>
          )}
        </div>
        <LiveAnalysisPanels
          result={result}
          idPrefix={`pg-${domId}`}
          panels={panels}
          target={target}
          onTargetChange={setTarget}
          onSelect={select}
          onFix={fix}
        />
      </div>
    </div>
  );
}
