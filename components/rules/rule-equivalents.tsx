/** The BuildKit build check and hadolint rule a rule mirrors, or nothing when it has none. */
export function RuleEquivalents({ buildkit, hadolint }: { buildkit?: string; hadolint?: string }) {
  if (!buildkit && !hadolint) return null;
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
      {buildkit ? (
        <span>
          BuildKit: <code className="font-mono text-slate-800 dark:text-slate-200">{buildkit}</code>
        </span>
      ) : null}
      {hadolint ? (
        <span>
          hadolint: <code className="font-mono text-slate-800 dark:text-slate-200">{hadolint}</code>
        </span>
      ) : null}
    </p>
  );
}
