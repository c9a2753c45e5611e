import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * What content:check reads from a lesson's MDX: its Dockerfile code blocks, links, `<Playground>`
 * and `<Quiz>` tags. The file is parsed with the same remark/MDX toolchain the site compiles it
 * with (next.config.js: remark-frontmatter, remark-gfm), so code spans, fences inside JSX and
 * frontmatter are what MDX says they are.
 */

export interface CodeFence {
  /** 1-based line of the opening fence in the scanned text */
  line: number;
  lang: string;
  meta: string;
  code: string;
}

export interface LinkRef {
  line: number;
  url: string;
}

export interface PlaygroundRef {
  line: number;
  file: string | null;
  /** the `lesson="slug"` attribute, when the file lives in another lesson's folder */
  lesson?: string;
}

export interface MdxScan {
  fences: CodeFence[];
  links: LinkRef[];
  playgrounds: PlaygroundRef[];
  /** lines of `<Quiz>` tags */
  quizzes: number[];
  /** the MDX syntax error that stopped the parse, if any */
  syntaxError?: { line: number; message: string };
}

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A JSX attribute's string value (`name="v"` or `name={"v"}`), or null when absent or computed. */
function attribute(element: JsxElement, name: string): string | null {
  for (const attr of element.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name !== name) continue;
    if (typeof attr.value === 'string') return attr.value;
    const literal = /^\s*(["'])(.*)\1\s*$/.exec(attr.value?.value ?? '');
    return literal ? (literal[2] ?? '') : null;
  }
  return null;
}

function scanElement(element: JsxElement, line: number, scan: MdxScan): void {
  const href = attribute(element, 'href');
  if (href !== null) scan.links.push({ line, url: href });
  if (element.name === 'Quiz') scan.quizzes.push(line);
  if (element.name === 'Playground') {
    const lesson = attribute(element, 'lesson');
    scan.playgrounds.push({
      line,
      file: attribute(element, 'file'),
      ...(lesson ? { lesson } : {}),
    });
  }
}

function scanTree(tree: Root, firstLine: number): MdxScan {
  const scan: MdxScan = { fences: [], links: [], playgrounds: [], quizzes: [] };
  const visit = (node: Nodes) => {
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    if (node.type === 'code') {
      scan.fences.push({
        line,
        lang: (node.lang ?? '').toLowerCase(),
        meta: node.meta ?? '',
        code: node.value,
      });
    } else if (node.type === 'link' || node.type === 'definition') {
      scan.links.push({ line, url: node.url });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      scanElement(node, line, scan);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return scan;
}

/** Finds fenced code blocks, links and `<Playground>`/`<Quiz>` tags in MDX text. Never throws. */
export function scanMdx(text: string, firstLine = 1): MdxScan {
  try {
    return scanTree(parser.parse(text), firstLine);
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    return {
      fences: [],
      links: [],
      playgrounds: [],
      quizzes: [],
      syntaxError: {
        line: (place.line ?? 1) + firstLine - 1,
        message: place.reason ?? place.message ?? String(error),
      },
    };
  }
}
