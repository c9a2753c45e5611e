import type { Heading } from '@/lib/content/headings';

/** "On this page" links to the lesson's `##`/`###` headings. */
export function TableOfContents({ headings, id }: { headings: Heading[]; id: string }) {
  if (headings.length === 0) return null;
  return (
    <nav aria-labelledby={id} className="text-sm">
      <p id={id} className="font-semibold text-slate-900 dark:text-slate-100">
        On this page
      </p>
      <ol className="mt-2 space-y-1">
        {headings.map((h) => (
          <li key={h.id} className={h.depth === 3 ? 'pl-4' : undefined}>
            <a
              href={`#${h.id}`}
              className="text-slate-700 hover:text-sky-800 hover:underline dark:text-slate-300 dark:hover:text-sky-300"
            >
              {h.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
