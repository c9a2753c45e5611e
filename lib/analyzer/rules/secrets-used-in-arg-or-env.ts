import { defineRule, type Instruction, type Word } from '../types';
import { bit, eachOfKinds, Kind } from './support/file-index';
import { envOrLabelPairs, wordPrefixRange } from './support/key-values';
import { at, onFirstLine } from './support/ranges';

/** Whether `name[start, end)` is `word`, ASCII letters compared case-insensitively (as `/i`). */
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
 * that clear a name (ALLOW), or neither. Told apart by length first.
 */
function classify(name: string, start: number, end: number): number {
  const is = (word: string): boolean => tokenIs(name, start, word);
  switch (end - start) {
    case 3:
      return is('key') ? DENY : NONE;
    case 4:
      return is('auth') ? DENY : is('file') ? ALLOW : NONE;
    case 5:
      return is('pword') || is('token') ? DENY : NONE;
    case 6:
      return is('apikey') || is('passwd') || is('secret') ? DENY : is('public') ? ALLOW : NONE;
    case 7:
      return is('version') ? ALLOW : NONE;
    case 8:
      return is('password') ? DENY : NONE;
    case 10:
      return is('credential') ? DENY : NONE;
    case 11:
      return is('credentials') ? DENY : NONE;
    default:
      return NONE;
  }
}

/** Whether BuildKit's SecretsUsedInArgOrEnv would flag this ARG/ENV name. */
export function looksSecret(name: string): boolean {
  let deny = false;
  let start = 0;
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length && name.charCodeAt(i) !== 95) continue;
    const kind = classify(name, start, i);
    if (kind === ALLOW) return false;
    if (kind === DENY) deny = true;
    start = i + 1;
  }
  return deny;
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
