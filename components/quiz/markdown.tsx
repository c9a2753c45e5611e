import type { ReactNode } from 'react';
import { CodeBlock } from '@/components/mdx/code-block';

/**
 * The small Markdown subset quiz text uses: paragraphs, `-`/`1.` lists, fenced code blocks,
 * `inline code`, **bold**, *emphasis* and [links](/path). It builds React elements directly (no
 * HTML strings), so quiz text can never inject markup, and it runs on the server and the client.
 */

const INLINE = /(`[^`]+`)|(\*\*[^*]+\*\*)|(\*[^*\s][^*]*\*)|(\[[^\]]+\]\([^)\s]+\))/g;

/** Renders inline Markdown (code, bold, emphasis, links) as React nodes. */
export function renderInline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let key = 0;
  for (const m of text.matchAll(INLINE)) {
    const start = m.index ?? 0;
    if (start > last) out.push(text.slice(last, start));
    const token = m[0];
    if (m[1]) {
      out.push(
        <code
          key={key++}
          className="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800"
        >
          {token.slice(1, -1)}
        </code>,
      );
    } else if (m[2]) out.push(<strong key={key++}>{renderInline(token.slice(2, -2))}</strong>);
    else if (m[3]) out.push(<em key={key++}>{renderInline(token.slice(1, -1))}</em>);
    else {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token);
      const href = link?.[2] ?? '';
      // Only site-relative links: quiz text must not send learners (or requests) elsewhere.
      out.push(
        href.startsWith('/') ? (
          <a key={key++} href={href} className="text-sky-800 underline dark:text-sky-300">
            {link?.[1]}
          </a>
        ) : (
          (link?.[1] ?? token)
        ),
      );
    }
    last = start + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

type Block =
  | { kind: 'p'; text: string }
  | { kind: 'code'; lang: string; code: string }
  | { kind: 'ul' | 'ol'; items: string[] };

/** Splits Markdown text into blocks. */
export function parseBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ kind: 'p', text: para.join(' ') });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = /^\s*```\s*(\S*)/.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i] ?? ''); i++)
        code.push(lines[i] ?? '');
      blocks.push({ kind: 'code', lang: fence[1] ?? '', code: code.join('\n') });
      continue;
    }
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (bullet || numbered) {
      flush();
      const kind = bullet ? 'ul' : 'ol';
      const prev = blocks[blocks.length - 1];
      const item = (bullet ?? numbered)?.[1] ?? '';
      if (prev && prev.kind === kind) prev.items.push(item);
      else blocks.push({ kind, items: [item] });
      continue;
    }
    if (!line.trim()) flush();
    else para.push(line.trim());
  }
  flush();
  return blocks;
}

/** Renders quiz Markdown (a prompt, a solution step) as block elements. */
export function Markdown({ text }: { text: string }) {
  return (
    <>
      {parseBlocks(text).map((block, i) => {
        if (block.kind === 'code') {
          return <CodeBlock key={i} code={block.code} language={block.lang || undefined} />;
        }
        if (block.kind === 'p') return <p key={i}>{renderInline(block.text)}</p>;
        const List = block.kind;
        return (
          <List key={i} className={block.kind === 'ul' ? 'list-disc pl-6' : 'list-decimal pl-6'}>
            {block.items.map((item, j) => (
              <li key={j}>{renderInline(item)}</li>
            ))}
          </List>
        );
      })}
    </>
  );
}
