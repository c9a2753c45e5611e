import { reportParseDiagnostics } from '../parse';
import { defineRule } from '../types';

/** A keyword BuildKit does not know; the build fails with `unknown instruction` (fix: the closest one). */
export const unknownInstruction = defineRule({
  meta: {
    id: 'unknown-instruction',
    severity: 'error',
    description: 'an instruction keyword BuildKit does not know',
    docs: 'https://docs.docker.com/reference/dockerfile/#overview',
    // BuildKit raises this for every stage, needed or not: instructions.Parse, for the whole file (convert.go:273)
    raisedAt: 'validation',
  },
  check(ctx) {
    reportParseDiagnostics(ctx, 'unknown-instruction');
  },
});
