import type { Severity } from '@/lib/analyzer';
import { SEVERITIES } from '@/lib/rules-reference/reference';

const TONE: Record<Severity, string> = {
  error:
    'border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200',
  warning:
    'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200',
  info: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200',
};

/** The severity of a rule as a small labelled badge (text, not colour alone). */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const label = SEVERITIES.find((s) => s.severity === severity)?.label ?? severity;
  return (
    <span
      data-severity={severity}
      className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium ${TONE[severity]}`}
    >
      {label}
    </span>
  );
}
