'use client';
import { useId } from 'react';
import type { Stage } from '@/lib/analyzer/types';
import { stageLabel } from '@/lib/playground/stage-graph';

/** The `docker build --target` choice: a named stage, or the default (the last stage). */
export function TargetSelect({
  stages,
  value,
  onChange,
}: {
  stages: readonly Stage[];
  value: string;
  onChange(target: string): void;
}) {
  const id = useId();
  const named = stages.filter((s) => s.name);
  // Keep a chosen target listed even while it is being renamed, so the select never jumps.
  const missing = value && !named.some((s) => s.name!.toLowerCase() === value.toLowerCase());
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="font-medium">
        --target
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
      >
        <option value="">(none: last stage)</option>
        {named.map((s) => (
          <option key={s.index} value={s.name!}>
            {stageLabel(s)}
          </option>
        ))}
        {missing ? <option value={value}>{`${value} (not found)`}</option> : null}
      </select>
    </div>
  );
}
