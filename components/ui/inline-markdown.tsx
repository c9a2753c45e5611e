import type { ComponentProps } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Element, ElementContent, Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';

function InlineCode(props: ComponentProps<'code'>) {
  return (
    <code
      {...props}
      className="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800"
    />
  );
}

/** The inline content of `text`: a one-paragraph Markdown string loses the <p> around it. */
function inlineContent(text: string): ElementContent[] {
  // Raw HTML in the text is dropped by toHast (no allowDangerousHtml), so it cannot inject markup.
  const tree = toHast(fromMarkdown(text)) as Root;
  const blocks = tree.children.filter((node) => node.type === 'element') as Element[];
  if (blocks.length === 1 && blocks[0]!.tagName === 'p') return blocks[0]!.children;
  return tree.children as ElementContent[];
}

/**
 * Renders a short Markdown string (a lesson summary, an objective) as inline elements, with the
 * same CommonMark parser MDX uses for the lessons themselves: `code`, *emphasis*, **bold**, links.
 */
export function InlineMarkdown({ text }: { text: string }) {
  return toJsxRuntime(
    { type: 'root', children: inlineContent(text) },
    { Fragment, jsx, jsxs, components: { code: InlineCode } },
  );
}
