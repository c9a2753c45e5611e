import { LineCounter, parseDocument, isMap, isScalar, isSeq, isNode } from 'yaml';

/** YAML frontmatter split off an MDX file, with a way to find any field's line in the file. */
export interface Frontmatter {
  /** parsed YAML value (undefined when the YAML has syntax errors) */
  data: unknown;
  /** file text after the closing `---` */
  body: string;
  /** 1-based file line where the body starts */
  bodyLine: number;
  /** YAML syntax errors as [file line, message] */
  syntaxErrors: Array<[number, string]>;
  /** 1-based file line of the field at `path`, or of its nearest existing parent, else 1 */
  lineOf(path: readonly PropertyKey[]): number;
}

const FENCE = /^---[ \t]*$/;

/** Splits `---\nyaml\n---` off the start of `text`; null when the file has no frontmatter. */
export function parseFrontmatter(text: string): Frontmatter | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return null;
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) return null;

  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close).join('\n'), { lineCounter, prettyErrors: false });
  // The YAML starts on file line 2, so YAML line n is file line n + 1.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;

  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n > 0; n--) {
      const parent = n > 1 ? doc.getIn(path.slice(0, n - 1), true) : doc.contents;
      const last = path[n - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
        if (!pair) continue;
        // A scalar value is reported where it sits; a list or map where its key is.
        if (isScalar(pair.value) && pair.value.range) return fileLine(pair.value.range[0]);
        if (isNode(pair.key) && pair.key.range) return fileLine(pair.key.range[0]);
      } else if (isSeq(parent) && typeof last === 'number') {
        const item = parent.items[last];
        if (isNode(item) && item.range) return fileLine(item.range[0]);
      }
    }
    return 1;
  };

  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
    syntaxErrors: doc.errors.map((e) => [
      fileLine(e.pos[0]),
      e.message.split('\n')[0] ?? e.message,
    ]),
    lineOf,
  };
}
