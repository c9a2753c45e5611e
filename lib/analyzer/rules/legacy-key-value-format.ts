import { defineRule, type Fix, type Instruction, type StageModel } from '../types';
import { at } from './support/ranges';
import { bit, eachOfKinds, Kind } from './support/file-index';
import { envOrLabelPairs } from './support/key-values';

/** `key="value"` for a single-line legacy pair whose value needs no care beyond quoting. */
function legacyFix(model: StageModel, ins: Instruction): Fix | undefined {
  const pair = envOrLabelPairs(model, ins)[0];
  if (!pair || ins.range.line !== ins.range.endLine) return undefined;
  const value = pair.value ?? '';
  const key = pair.word.range;
  if (value === '' || key.line !== ins.range.line) return undefined;
  const simple = !/[\s"'\\`]/.test(value);
  if (!simple && /["'\\`]/.test(value)) return undefined;
  const text = `${pair.key}=${simple ? value : `"${value}"`}`;
  return {
    line: key.line,
    column: key.column,
    endLine: key.line,
    endColumn: ins.range.endColumn,
    text,
  };
}

/**
 * `ENV key value` / `LABEL key value` without `=`: mirrors BuildKit's LegacyKeyValueFormat.
 * (`ARG a b` declares two ARGs in BuildKit, so it is not reported.)
 */
export const legacyKeyValueFormat = defineRule({
  meta: {
    id: 'legacy-key-value-format',
    severity: 'warning',
    description: 'Use the key=value form in ENV and LABEL',
    docs: 'https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/',
    buildkit: 'LegacyKeyValueFormat',
  },
  check(ctx) {
    eachOfKinds(ctx.model, bit(Kind.ENV) | bit(Kind.LABEL), (ins) => {
      const pair = envOrLabelPairs(ctx.model, ins)[0];
      if (!pair?.noDelim) return;
      const name = ins.keywordRaw;
      ctx.report(
        at(ins.keywordRange, {
          message: `"${name} key=value" should be used instead of legacy "${name} key value" format`,
          fix: legacyFix(ctx.model, ins),
        }),
      );
    });
  },
});
