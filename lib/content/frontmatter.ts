import { parseLocatedYaml, type LocatedYaml } from './located-yaml';

/** YAML frontmatter split off an MDX file; its lines are the file's lines. */
export interface Frontmatter extends LocatedYaml {
  /** file text after the closing `---` */
  body: string;
  /** 1-based file line where the body starts */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits `---\nyaml\n---` off the start of `text`; null when the file has no frontmatter. */
export function parseFrontmatter(text: string): Frontmatter | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return null;
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) return null;

  // The YAML starts on file line 2; a field that is missing points at the opening `---`.
  const yaml = parseLocatedYaml(lines.slice(1, close).join('\n'), {
    firstLine: 2,
    fallbackLine: 1,
  });
  return { ...yaml, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}
