'use client';
import dynamic from 'next/dynamic';

/** The Monaco editor, fetched only when first rendered and never on the server. */
export const DockerfileEditorLazy = dynamic(() => import('./dockerfile-editor'), {
  ssr: false,
  loading: () => (
    <p className="flex h-40 items-center justify-center rounded-md border border-slate-300 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
      Loading the editor…
    </p>
  ),
});
