import Link from 'next/link';
import { CodeBlock } from '@/components/mdx/code-block';
import type { RuleEntry } from '@/lib/rules-reference/reference';
import { SEVERITIES } from '@/lib/rules-reference/reference';
import { RuleEquivalents } from './rule-equivalents';
import { SeverityBadge } from './severity-badge';

/** One rule explained: severity, why it matters, a bad and a good Dockerfile, and where to read on. */
export function RuleDetail({ entry }: { entry: RuleEntry }) {
  const meaning = SEVERITIES.find((s) => s.severity === entry.severity)?.meaning;
  const lines = [...new Set(entry.bad?.diagnostics.map((d) => d.line))].join(',');
  return (
    <article className="min-w-0" data-rule={entry.id}>
      <p className="text-sm">
        <Link href="/rules/" className="text-sky-800 hover:underline dark:text-sky-300">
          Rules reference
        </Link>
      </p>
      <h1 className="mt-2 font-mono text-2xl font-bold break-words sm:text-3xl">{entry.id}</h1>
      <p className="mt-3 text-lg text-slate-800 dark:text-slate-200">{entry.description}</p>
      <p className="mt-3 flex flex-wrap items-baseline gap-2 text-slate-700 dark:text-slate-300">
        <SeverityBadge severity={entry.severity} />
        <span data-severity-meaning>{meaning}</span>
      </p>
      <div className="mt-2">
        <RuleEquivalents buildkit={entry.buildkit} hadolint={entry.hadolint} />
      </div>

      {entry.why.length ? (
        <section aria-labelledby="why" className="mt-8">
          <h2 id="why" className="text-xl font-semibold">
            Why it matters
          </h2>
          {entry.why.map((p, i) => (
            <p key={i} className="mt-2 text-slate-700 dark:text-slate-300">
              {p}
            </p>
          ))}
        </section>
      ) : null}

      {entry.bad && entry.good ? (
        <>
          <section aria-labelledby="bad" className="mt-8">
            <h2 id="bad" className="text-xl font-semibold">
              Bad
            </h2>
            {entry.target ? (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
                Built with <code className="font-mono">--target {entry.target}</code>.
              </p>
            ) : null}
            {entry.dockerignore ? (
              <CodeBlock code={entry.dockerignore} language="text" title=".dockerignore" />
            ) : null}
            <CodeBlock
              code={entry.bad.code}
              language="dockerfile"
              title="Dockerfile (bad)"
              highlight={lines}
            />
            <h3 className="font-semibold">What the analyzer says</h3>
            {entry.bad.diagnostics.length === 0 ? (
              <p className="mt-2 text-slate-700 dark:text-slate-300">
                The analyzer reports nothing for this rule on this example.
              </p>
            ) : null}
            <ul className="mt-2 space-y-2" data-example-diagnostics>
              {entry.bad.diagnostics.map((d, i) => (
                <li
                  key={i}
                  className="rounded border-l-4 border-slate-400 bg-slate-50 px-3 py-2 break-words dark:bg-slate-900"
                >
                  <span className="font-mono text-sm text-slate-600 dark:text-slate-400">
                    Line {d.line}, column {d.column}:
                  </span>{' '}
                  <span data-diagnostic-message>{d.message}</span>
                  {d.suggestion ? (
                    <span className="block text-sm text-slate-600 dark:text-slate-400">
                      Suggested fix:{' '}
                      {/* a digest is one long word: let it wrap rather than widen a phone screen */}
                      <code className="font-mono break-all">{d.suggestion}</code>
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="good" className="mt-8">
            <h2 id="good" className="text-xl font-semibold">
              Good
            </h2>
            <CodeBlock code={entry.good.code} language="dockerfile" title="Dockerfile (good)" />
          </section>
        </>
      ) : (
        <p className="mt-8 text-slate-700 italic dark:text-slate-300">No examples yet.</p>
      )}

      {entry.upstream || entry.lesson ? (
        <section aria-labelledby="learn-more" className="mt-8">
          <h2 id="learn-more" className="text-xl font-semibold">
            Learn more
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {entry.lesson ? (
              <li>
                Lesson:{' '}
                <Link href={entry.lesson.href} className="text-sky-800 underline dark:text-sky-300">
                  {entry.lesson.title}
                </Link>
              </li>
            ) : null}
            {entry.upstream ? (
              <li>
                <a
                  href={entry.upstream.href}
                  rel="noopener noreferrer"
                  className="text-sky-800 underline break-words dark:text-sky-300"
                >
                  {entry.upstream.label}
                </a>{' '}
                <span className="text-sm text-slate-600 dark:text-slate-400">(external)</span>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
