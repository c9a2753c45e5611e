import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import { parseLineRanges } from './highlight-lines';

const INSTRUCTION =
  /^(\s*)(FROM|RUN|CMD|LABEL|MAINTAINER|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL)\b/i;

/** Text and language of a fenced block as MDX renders it: `<pre><code className="language-x">`. */
export function codeFromChildren(children: ReactNode): { code: string; language?: string } {
  let code = '';
  let language: string | undefined;
  const walk = (node: ReactNode) => {
    Children.forEach(node, (child) => {
      if (typeof child === 'string' || typeof child === 'number') code += String(child);
      else if (isValidElement(child)) {
        const props = (child as ReactElement<{ className?: string; children?: ReactNode }>).props;
        const lang = /language-(\S+)/.exec(props.className ?? '')?.[1];
        if (lang && !language) language = lang;
        walk(props.children);
      }
    });
  };
  walk(children);
  return { code: code.replace(/\n$/, ''), language };
}

function DockerfileLine({ text }: { text: string }) {
  if (/^\s*#/.test(text)) return <span className="text-slate-400 italic">{text}</span>;
  const m = INSTRUCTION.exec(text);
  if (!m) return <>{text}</>;
  const [whole, indent = '', keyword = ''] = m;
  return (
    <>
      {indent}
      <span className="font-semibold text-sky-300">{keyword}</span>
      {text.slice(whole.length)}
    </>
  );
}

/** A code block with one span per line; `highlight` (e.g. "3,5-7") marks lines for the reader. */
export function CodeBlock({
  code,
  language,
  highlight,
  title,
}: {
  code: string;
  language?: string;
  highlight?: string;
  title?: string;
}) {
  const marked = parseLineRanges(highlight);
  const lines = code.split('\n');
  const isDockerfile = language?.toLowerCase() === 'dockerfile';
  const label = title ?? (isDockerfile ? 'Dockerfile' : language);
  return (
    <figure className="not-prose my-6 overflow-hidden rounded-lg border border-slate-700 bg-slate-900 text-slate-100">
      {label ? (
        <figcaption className="border-b border-slate-700 px-4 py-1.5 font-mono text-xs text-slate-300">
          {label}
          {marked.size ? <span className="sr-only"> (highlighted lines: {highlight})</span> : null}
        </figcaption>
      ) : null}
      <pre
        tabIndex={0}
        aria-label={label ? `${label} code` : 'Code'}
        className="overflow-x-auto py-3 font-mono text-sm leading-6"
        data-language={language}
      >
        <code>
          {lines.map((line, i) => (
            <span
              key={i}
              className="code-line"
              data-line={i + 1}
              data-highlighted={marked.has(i + 1) ? '' : undefined}
            >
              {isDockerfile ? <DockerfileLine text={line} /> : line}
              {i < lines.length - 1 ? '\n' : null}
            </span>
          ))}
        </code>
      </pre>
    </figure>
  );
}

/** MDX `pre` mapping: every fenced block renders through CodeBlock (no highlighted lines). */
export function Pre({ children }: { children?: ReactNode }) {
  const { code, language } = codeFromChildren(children);
  return <CodeBlock code={code} language={language} />;
}
