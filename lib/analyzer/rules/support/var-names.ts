/**
 * The names BuildKit's lexer looks up in one word, in the order it looks them up, without
 * building the expanded text: UndefinedVar needs only which names are unset. It walks the word
 * exactly as `expandInScope` (strict mode) does; `var-names.test.ts` holds the two together.
 */

const SPECIAL_PARAMS = '@*#?$!-';
const STRICT_OPS = new Set(['-', ':-', '+', ':+', '?', ':?', '#', '##', '%', '%%', '/', '//']);
const NAME_CHAR = /[\p{L}\p{N}]/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiNameChar(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

class NameScanner {
  pos = 0;

  constructor(
    readonly src: string,
    readonly escape: number,
    readonly rawQuotes: boolean,
    readonly isUnset: (name: string) => boolean,
    readonly out: string[],
  ) {}

  lookup(name: string): void {
    if (this.isUnset(name) && !this.out.includes(name)) this.out.push(name);
  }

  /** Lexer.word: up to `stop` (not consumed) or the end. */
  word(stop: number): void {
    const src = this.src;
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      if (c === stop) return;
      if (c === this.escape) {
        this.pos++;
        if (this.pos < src.length) this.pos++;
      } else if (!this.rawQuotes && c === 39) {
        this.single();
      } else if (!this.rawQuotes && c === 34) {
        this.double();
      } else if (c === 36) {
        this.dollar();
      } else {
        this.pos++;
      }
    }
  }

  single(): void {
    const end = this.src.indexOf("'", this.pos + 1);
    this.pos = end < 0 ? this.src.length : end + 1;
  }

  double(): void {
    const src = this.src;
    this.pos++;
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      if (c === 34) {
        this.pos++;
        return;
      }
      if (c === 36) {
        this.dollar();
        continue;
      }
      if (c === this.escape && this.pos + 1 < src.length) {
        const next = src.charCodeAt(this.pos + 1);
        if (next === 34 || next === 36 || next === this.escape) {
          this.pos += 2;
          continue;
        }
      }
      this.pos++;
    }
  }

  name(): string {
    const src = this.src;
    const start = this.pos;
    if (start < src.length && isDigit(src.charCodeAt(start))) {
      while (this.pos < src.length && isDigit(src.charCodeAt(this.pos))) this.pos++;
      return src.slice(start, this.pos);
    }
    if (start < src.length && SPECIAL_PARAMS.includes(src.charAt(start))) {
      this.pos++;
      return src.charAt(start);
    }
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      if (c < 128 ? !isAsciiNameChar(c) : !NAME_CHAR.test(src.charAt(this.pos))) break;
      this.pos++;
    }
    return src.slice(start, this.pos);
  }

  dollar(): void {
    const src = this.src;
    this.pos++; // the `$`
    if (src.charCodeAt(this.pos) !== 123) {
      const name = this.name();
      if (name !== '') this.lookup(name);
      return;
    }
    this.pos++; // the `{`
    const first = src.charCodeAt(this.pos);
    if (first === 123 || first === 125 || first === 58) return; // bad substitution
    const name = this.name();
    const ch = src.charAt(this.pos);
    if (ch === '}') {
      this.pos++;
      this.lookup(name);
      return;
    }
    if (ch === '') return; // missing '}'
    let op = ch;
    this.pos++;
    if (op === ':') {
      op += src.charAt(this.pos);
      this.pos++;
    } else if ((op === '#' || op === '%' || op === '/') && src.charAt(this.pos) === op) {
      op += op;
      this.pos++;
    }
    if (!STRICT_OPS.has(op)) return; // BuildKit stops before the word or the name is looked up
    this.word(125);
    if (src.charCodeAt(this.pos) === 125) this.pos++;
    this.lookup(name);
  }
}

/**
 * The names `expandInScope(word, lookup, escape, rawQuotes).unmatched` holds, in its order:
 * those the lexer looks up and `isUnset` says are not defined.
 */
export function unsetNames(
  word: string,
  isUnset: (name: string) => boolean,
  escape: string,
  rawQuotes: boolean,
  out: string[] = [],
): string[] {
  new NameScanner(word, escape.charCodeAt(0), rawQuotes, isUnset, out).word(-1);
  return out;
}
