import { defineRule, type Instruction, type Word } from '../types';
import { bit, eachOfKinds, Kind } from './support/file-index';
import { envOrLabelPairs, wordPrefixRange } from './support/key-values';
import { at, onFirstLine } from './support/ranges';

/**
 * Whether `name[start, start + word.length)` is `word` (lowercase), ASCII letters compared
 * case-insensitively (as `/i`).
 */
function tokenIs(name: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    let c = name.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

const NONE = 0;
const DENY = 1;
const ALLOW = 2;

/**
 * BuildKit's token lists, matched as `(?:_|^)(?:…)(?:_|$)` case-insensitively: whether the
 * `_`-separated token `name[start, end)` is one of the secret words (DENY), one of the words
 * that clear a name (ALLOW), or neither. Told apart by length and first letter, so most tokens
 * are settled by one character read.
 */
function classify(name: string, start: number, end: number): number {
  const len = end - start;
  if (len < 3 || len > 11) return NONE;
  let c = name.charCodeAt(start);
  if (c >= 65 && c <= 90) c += 32;
  switch (len) {
    case 3:
      return c === 107 && tokenIs(name, start, 'key') ? DENY : NONE;
    case 4:
      if (c === 97) return tokenIs(name, start, 'auth') ? DENY : NONE;
      return c === 102 && tokenIs(name, start, 'file') ? ALLOW : NONE;
    case 5:
      if (c === 112) return tokenIs(name, start, 'pword') ? DENY : NONE;
      return c === 116 && tokenIs(name, start, 'token') ? DENY : NONE;
    case 6:
      if (c === 97) return tokenIs(name, start, 'apikey') ? DENY : NONE;
      if (c === 112) {
        return tokenIs(name, start, 'passwd')
          ? DENY
          : tokenIs(name, start, 'public')
            ? ALLOW
            : NONE;
      }
      return c === 115 && tokenIs(name, start, 'secret') ? DENY : NONE;
    case 7:
      return c === 118 && tokenIs(name, start, 'version') ? ALLOW : NONE;
    case 8:
      return c === 112 && tokenIs(name, start, 'password') ? DENY : NONE;
    case 10:
      return c === 99 && tokenIs(name, start, 'credential') ? DENY : NONE;
    case 11:
      return c === 99 && tokenIs(name, start, 'credentials') ? DENY : NONE;
    default:
      return NONE;
  }
}

/** Whether BuildKit's SecretsUsedInArgOrEnv would flag this ARG/ENV name. */
export function looksSecret(name: string): boolean {
  let deny = false;
  let start = 0;
  // tokens found by indexOf, not by reading every character
  for (;;) {
    let end = name.indexOf('_', start);
    if (end < 0) end = name.length;
    const kind = classify(name, start, end);
    if (kind === ALLOW) return false;
    if (kind === DENY) deny = true;
    if (end === name.length) return deny;
    start = end + 1;
  }
}

/**
 * ARG/ENV names that look like secrets end up in the image history: mirrors BuildKit's
 * SecretsUsedInArgOrEnv (stage ARGs and ENVs; BuildKit does not check ARGs before FROM).
 */
export const secretsUsedInArgOrEnv = defineRule({
  meta: {
    id: 'secrets-used-in-arg-or-env',
    severity: 'warning',
    description: 'Do not pass secrets through ARG or ENV; use secret mounts',
    docs: 'https://docs.docker.com/go/dockerfile/rule/secrets-used-in-arg-or-env/',
    buildkit: 'SecretsUsedInArgOrEnv',
  },
  check(ctx) {
    const report = (ins: Instruction, kind: string, key: string, word: Word): void => {
      ctx.report(
        at(onFirstLine(ins, wordPrefixRange(word, key.length)), {
          message: `Do not use ARG or ENV instructions for sensitive data (${kind} ${JSON.stringify(key)})`,
        }),
      );
    };
    eachOfKinds(ctx.model, bit(Kind.ARG) | bit(Kind.ENV), (ins) => {
      const kind = ins.keyword;
      if (kind === 'ARG') {
        // ARG words are `NAME` or `NAME=default`: read the names in place
        for (const word of ins.args) {
          const eq = word.value.indexOf('=');
          const key = eq < 0 ? word.value : word.value.slice(0, eq);
          if (looksSecret(key)) report(ins, kind, key, word);
        }
        return;
      }
      for (const pair of envOrLabelPairs(ctx.model, ins)) {
        if (looksSecret(pair.key)) report(ins, kind, pair.key, pair.word);
      }
    });
  },
});
