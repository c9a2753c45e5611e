import Link from 'next/link';
import type { RuleEntry } from '@/lib/rules-reference/reference';
import { groupBySeverity } from '@/lib/rules-reference/reference';
import { RuleEquivalents } from './rule-equivalents';

/** Every rule, grouped errors → warnings → teaching hints, each linking to its page. */
export function RulesIndex({ entries }: { entries: readonly RuleEntry[] }) {
  return (
    <div className="space-y-12">
      {groupBySeverity(entries).map((group) => (
        <section
          key={group.severity}
          aria-labelledby={`group-${group.severity}`}
          data-severity-group={group.severity}
        >
          <h2 id={`group-${group.severity}`} className="text-2xl font-semibold">
            {group.heading}{' '}
            <span className="text-base font-normal text-slate-600 dark:text-slate-400">
              ({group.entries.length})
            </span>
          </h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{group.meaning}</p>
          <ul className="mt-4 grid gap-3">
            {group.entries.map((entry) => (
              <li
                key={entry.id}
                data-rule-id={entry.id}
                className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
              >
                <h3 className="font-mono font-semibold break-words">
                  <Link
                    href={`/rules/${entry.id}/`}
                    className="text-sky-800 hover:underline dark:text-sky-300"
                  >
                    {entry.id}
                  </Link>
                </h3>
                <p className="mt-1 text-slate-700 dark:text-slate-300">{entry.description}</p>
                <div className="mt-2">
                  <RuleEquivalents buildkit={entry.buildkit} hadolint={entry.hadolint} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
