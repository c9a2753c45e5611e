import type { ReactNode } from 'react';

const KINDS = {
  note: {
    label: 'Note',
    icon: 'ℹ',
    className: 'border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/50',
  },
  tip: {
    label: 'Tip',
    icon: '✓',
    className: 'border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/50',
  },
  warning: {
    label: 'Warning',
    icon: '!',
    className: 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/50',
  },
} as const;

export type CalloutKind = keyof typeof KINDS;

/** A boxed aside in a lesson: `<Callout type="tip" title="…">…</Callout>`. */
export function Callout({
  type = 'note',
  title,
  children,
}: {
  type?: CalloutKind;
  title?: string;
  children: ReactNode;
}) {
  const kind = KINDS[type] ?? KINDS.note;
  return (
    <aside
      data-callout={type}
      aria-label={title ?? kind.label}
      className={`not-prose my-6 rounded-r-md border-l-4 px-4 py-3 text-slate-800 dark:text-slate-100 ${kind.className}`}
    >
      <p className="mb-1 flex items-center gap-2 font-semibold">
        <span aria-hidden="true">{kind.icon}</span>
        {title ?? kind.label}
      </p>
      <div className="space-y-2 leading-relaxed [&_code]:rounded [&_code]:bg-black/5 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em] dark:[&_code]:bg-white/10">
        {children}
      </div>
    </aside>
  );
}
