/**
 * The name/value pairs of ENV, LABEL and ARG, split the way BuildKit's parser splits them
 * (`parseNameVal` for ENV/LABEL, `parseArg` for ARG). Values stay raw: quotes are removed later,
 * when the value is expanded.
 */
import { perAnalysisMap } from '../../memo';
import type { Instruction, Range, StageModel, Word } from '../../types';

export interface KeyValue {
  key: string;
  /** raw value text; null for `ARG NAME` without a default */
  value: string | null;
  /** the word holding the key (for the legacy form, the key word alone) */
  word: Word;
  /** `ENV key value`: the legacy form without `=` */
  noDelim: boolean;
}

const PAIRS = Symbol('env and label pairs');

/**
 * ENV and LABEL pairs. An empty list when the instruction is malformed (BuildKit errors out).
 * Several rules read the same ENV: it is split once per analysis (do not mutate the list).
 */
export function envOrLabelPairs(model: StageModel, ins: Instruction): KeyValue[] {
  const pairCache = perAnalysisMap<Instruction, KeyValue[]>(model, PAIRS);
  let pairs = pairCache.get(ins);
  if (!pairs) pairCache.set(ins, (pairs = splitPairs(ins)));
  return pairs;
}

function splitPairs(ins: Instruction): KeyValue[] {
  const words = ins.args;
  const first = words[0];
  if (!first) return [];
  if (!first.value.includes('=')) {
    if (words.length < 2) return [];
    // Legacy form: the key is the first word, the value is everything after it.
    const text = ins.text.replace(/^[\t\v\f\r ]+/, '');
    let i = 0;
    while (i < text.length && !' \t\v\f\r'.includes(text[i]!)) i++;
    const value = text.slice(i).replace(/^[\t\v\f\r ]+/, '');
    return [{ key: first.value, value, word: first, noDelim: true }];
  }
  const pairs: KeyValue[] = [];
  for (const word of words) {
    const eq = word.value.indexOf('=');
    if (eq < 0) return pairs;
    pairs.push({
      key: word.value.slice(0, eq),
      value: word.value.slice(eq + 1),
      word,
      noDelim: false,
    });
  }
  return pairs;
}

/** ARG pairs: each word is `NAME` or `NAME=default`. */
export function argPairs(ins: Instruction): KeyValue[] {
  return ins.args.map((word) => {
    const eq = word.value.indexOf('=');
    return eq < 0
      ? { key: word.value, value: null, word, noDelim: false }
      : { key: word.value.slice(0, eq), value: word.value.slice(eq + 1), word, noDelim: false };
  });
}

/** A range covering the first `length` characters of a word (clipped to its first line). */
export function wordPrefixRange(word: Word, length: number): Range {
  const { line, column } = word.range;
  const endColumn =
    word.range.endLine === line ? Math.min(column + length, word.range.endColumn) : column + length;
  return { line, column, endLine: line, endColumn };
}
