/** Stands in for the panels until the first analysis arrives (a few milliseconds after load). */
export function AnalysisPending() {
  return (
    <p
      role="status"
      className="rounded-md border border-slate-200 p-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300"
    >
      Analyzing the Dockerfile…
    </p>
  );
}
