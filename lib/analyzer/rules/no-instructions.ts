import { reportParseDiagnostics } from '../parse';
import { defineRule } from '../types';

/** An empty or comment-only file; BuildKit fails with `file with no instructions`. */
export const noInstructions = defineRule({
  meta: {
    id: 'no-instructions',
    severity: 'error',
    description: 'the file has no instructions',
    docs: 'https://docs.docker.com/reference/dockerfile/#format',
    // BuildKit raises this for every stage, needed or not: the parser, for the whole file (convert.go:255)
    raisedAt: 'validation',
  },
  check(ctx) {
    reportParseDiagnostics(ctx, 'no-instructions');
  },
});
