import { reportParseDiagnostics } from '../parse';
import { defineRule } from '../types';

/** An empty or comment-only file; BuildKit fails with `file with no instructions`. */
export const noInstructions = defineRule({
  meta: {
    id: 'no-instructions',
    severity: 'error',
    description: 'the file has no instructions',
    docs: 'https://docs.docker.com/reference/dockerfile/#format',
  },
  check(ctx) {
    reportParseDiagnostics(ctx, 'no-instructions');
  },
});
