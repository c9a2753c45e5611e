import { dockerfileLines } from '@/lib/quiz/lines';

/** A read-only Dockerfile with visible line numbers, for questions that refer to lines. */
export function NumberedDockerfile({
  code,
  label = 'Dockerfile',
}: {
  code: string;
  label?: string;
}) {
  const lines = dockerfileLines(code);
  return (
    <figure className="not-prose my-4 overflow-hidden rounded-lg border border-slate-700 bg-slate-900 text-slate-100">
      <figcaption className="border-b border-slate-700 px-4 py-1.5 font-mono text-xs text-slate-300">
        {label}
      </figcaption>
      <pre
        tabIndex={0}
        aria-label={`${label} code`}
        className="overflow-x-auto py-3 font-mono text-sm leading-6"
      >
        <code>
          {lines.map((line, i) => (
            <span key={i} className="code-line" data-line={i + 1}>
              <span
                className="mr-3 inline-block w-6 text-right text-slate-400 select-none"
                aria-hidden="true"
              >
                {i + 1}
              </span>
              {line}
              {i < lines.length - 1 ? '\n' : null}
            </span>
          ))}
        </code>
      </pre>
    </figure>
  );
}
