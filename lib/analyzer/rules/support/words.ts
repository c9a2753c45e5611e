/** Character tests on single words, shared by the rules. */

/**
 * True when BuildKit's lexer leaves `word` as it is: no `$`, quote, or escape character (given
 * as a char code). `expandWord`/`expandInScope` return such a word unchanged, with no names.
 */
export function plain(word: string, escape: number): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 36 || c === 39 || c === 34 || c === escape) return false;
  }
  return true;
}
