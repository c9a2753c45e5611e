import { defineRule } from '../types';
import { argPairs, envOrLabelPairs, wordPrefixRange } from './support/key-values';
import { onFirstLine } from './support/ranges';

/** BuildKit's token lists: a secret-looking token at the start, the end, or between underscores. */
const DENY =
  /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOW = /(?:_|^)(?:public|file|version)(?:_|$)/i;

/** Whether BuildKit's SecretsUsedInArgOrEnv would flag this ARG/ENV name. */
export function looksSecret(name: string): boolean {
  return DENY.test(name) && !ALLOW.test(name);
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
    for (const stage of ctx.model.stages) {
      for (const ins of stage.instructions) {
        const kind = ins.keyword;
        if (kind !== 'ARG' && kind !== 'ENV') continue;
        const pairs = kind === 'ARG' ? argPairs(ins) : envOrLabelPairs(ins);
        for (const pair of pairs) {
          if (!looksSecret(pair.key)) continue;
          ctx.report({
            ...onFirstLine(ins, wordPrefixRange(pair.word, pair.key.length)),
            message: `Do not use ARG or ENV instructions for sensitive data (${kind} ${JSON.stringify(pair.key)})`,
          });
        }
      }
    }
  },
});
