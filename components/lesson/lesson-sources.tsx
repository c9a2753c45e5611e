const NOTE_SEPARATOR = ' — ';

interface ParsedSource {
  href: string;
  label: string;
  note: string | null;
}

// `owner/repo:path` names a file on GitHub; the link opens the file on the default branch.
function parseSource(source: string): ParsedSource {
  const separator = source.indexOf(NOTE_SEPARATOR);
  const reference = separator === -1 ? source : source.slice(0, separator);
  const note = separator === -1 ? null : source.slice(separator + NOTE_SEPARATOR.length);
  if (reference.startsWith('https://')) return { href: reference, label: reference, note };
  const [repository, ...pathParts] = reference.split(':');
  const filePath = pathParts.join(':');
  return {
    href: `https://github.com/${repository}/blob/HEAD/${filePath}`,
    label: `${repository} ${filePath}`,
    note,
  };
}

/** The lesson's `sources:` frontmatter, rendered as a list of links at the end of the page. */
export function LessonSources({ sources }: { sources: readonly string[] }) {
  return (
    <section
      aria-labelledby="lesson-sources-title"
      className="mt-10 border-t border-slate-200 pt-6 text-sm dark:border-slate-700"
      data-testid="lesson-sources"
    >
      <h2 id="lesson-sources-title" className="font-semibold">
        Sources
      </h2>
      <p className="mt-1 text-slate-600 dark:text-slate-400">
        Where the facts in this lesson come from, so you can check them yourself.
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
        {sources.map((source) => {
          const { href, label, note } = parseSource(source);
          return (
            <li key={source}>
              <a href={href} className="break-all text-sky-800 underline dark:text-sky-300">
                {label}
              </a>
              {note ? <span>: {note}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
