'use client';
import { useEffect, useRef } from 'react';

/** An in-page question with two answers (never window.confirm), focused when it appears. */
export function ConfirmBar({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      role="region"
      aria-label={title}
      data-confirm
      className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">{title}</p>
      <div className="mt-1">{children}</div>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          ref={first}
          type="button"
          onClick={onConfirm}
          className="rounded bg-amber-800 px-3 py-1 font-medium text-white hover:bg-amber-900 dark:bg-amber-300 dark:text-amber-950"
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded border border-amber-800 px-3 py-1 font-medium dark:border-amber-300"
        >
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
