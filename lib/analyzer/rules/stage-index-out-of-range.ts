import { allRefs } from '../stage-graph';
import { defineRule } from '../types';
import { at } from './support/ranges';

/** `COPY --from=N` where N is not the 0-based index of a stage in the file. */
export const stageIndexOutOfRange = defineRule({
  meta: {
    id: 'stage-index-out-of-range',
    severity: 'error',
    description: 'a COPY --from index that matches no stage',
    docs: 'naming-stages',
    // BuildKit raises this for every stage, needed or not: toCommand resolves every stage's --from (convert.go:522, :1266)
    raisedAt: 'validation',
  },
  check({ model, report }) {
    for (const ref of allRefs(model)) {
      if (ref.via !== 'index' || ref.resolved !== null || ref.onbuild) continue;
      report(at(ref.range, { message: `invalid stage index ${Number.parseInt(ref.value, 10)}` }));
    }
  },
});
