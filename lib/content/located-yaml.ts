import { LineCounter, parseDocument, isMap, isScalar, isSeq, isNode } from 'yaml';

/** A parsed YAML file that can say which line any value sits on. */
export interface LocatedYaml {
  /** the plain value; undefined when the YAML has syntax errors */
  data: unknown;
  /** syntax errors as [line, message] */
  syntaxErrors: Array<[number, string]>;
  /** 1-based line of the value at `path`, or of its nearest existing parent; 1 when none */
  lineOf(path: readonly PropertyKey[]): number;
}

export interface LocatedYamlOptions {
  /** file line of the YAML's first line, e.g. 2 for frontmatter after a `---` line */
  firstLine?: number;
  /** line for a path that is not in the YAML at all; by default the first value's line */
  fallbackLine?: number;
}

/**
 * Parses YAML text keeping node ranges, so errors can name real lines. Never throws. Lessons'
 * frontmatter, quizzes and rule examples all report through it.
 */
export function parseLocatedYaml(text: string, options: LocatedYamlOptions = {}): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const offset = (options.firstLine ?? 1) - 1;
  const lineAt = (pos: number) => lineCounter.linePos(pos).line + offset;

  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n > 0; n--) {
      const parent = n > 1 ? doc.getIn(path.slice(0, n - 1), true) : doc.contents;
      const last = path[n - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === last);
        if (!pair) continue;
        // A scalar value is reported where it sits; a list or map where its key is.
        if (isScalar(pair.value) && pair.value.range) return lineAt(pair.value.range[0]);
        if (isNode(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
      } else if (isSeq(parent) && typeof last === 'number') {
        const item = parent.items[last];
        if (isNode(item) && item.range) return lineAt(item.range[0]);
      }
    }
    if (options.fallbackLine !== undefined) return options.fallbackLine;
    const root = doc.contents;
    return isNode(root) && root.range ? lineAt(root.range[0]) : offset + 1;
  };

  let data: unknown;
  if (!doc.errors.length) {
    try {
      data = doc.toJS();
    } catch {
      // e.g. an alias loop; reported below as a syntax error
    }
  }
  const syntaxErrors: Array<[number, string]> = doc.errors.map((e) => [
    lineAt(e.pos[0]),
    e.message.split('\n')[0] ?? e.message,
  ]);
  if (!doc.errors.length && data === undefined && text.trim()) {
    syntaxErrors.push([1, 'the YAML could not be read']);
  }
  return { data, syntaxErrors, lineOf };
}
