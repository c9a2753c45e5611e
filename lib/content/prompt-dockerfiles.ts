import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';

/** The ```` ```dockerfile ```` blocks of a Markdown prompt, in order, parsed as Markdown. */
export function promptDockerfiles(markdown: string): string[] {
  const found: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'code' && node.lang?.toLowerCase() === 'dockerfile') found.push(node.value);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromMarkdown(markdown));
  return found;
}
