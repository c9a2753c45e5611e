/** Pure text helpers shared by the loader (table of contents) and the MDX heading components. */

export interface Heading {
  depth: 2 | 3;
  text: string;
  id: string;
  /** 1-based line in the lesson file */
  line: number;
}

/** A URL-fragment id for heading text: lowercase ASCII words joined by single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/[\s-]+/g, '-');
}

/** Markdown inline syntax reduced to the text a reader sees (links keep their label). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*_~]/g, '')
    .trim();
}

/** `##` and `###` headings of an MDX body, skipping fenced code; `firstLine` is the body's file line. */
export function extractHeadings(body: string, firstLine = 1): Heading[] {
  const headings: Heading[] = [];
  let fence: string | null = null;
  body.split(/\r?\n/).forEach((line, i) => {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return;
    }
    if (fence !== null) return;
    const m = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m?.[1] || !m[2]) return;
    const text = plainText(m[2]);
    headings.push({ depth: m[1].length as 2 | 3, text, id: slugify(text), line: firstLine + i });
  });
  return headings;
}

/** Minutes to read `body` at 200 words a minute, at least 1. Code counts as words too. */
export function readingMinutes(body: string): number {
  const words = body
    .replace(/^import .*$/gm, '')
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return Math.max(1, Math.round(words / 200));
}
