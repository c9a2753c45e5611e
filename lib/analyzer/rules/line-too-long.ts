import { reportParseDiagnostics } from '../parse';
import { defineRule } from '../types';

/** A physical line over 65535 bytes; BuildKit's line scanner gives up and the build fails. */
export const lineTooLong = defineRule({
  meta: {
    id: 'line-too-long',
    severity: 'error',
    description: 'a line longer than BuildKit accepts (65535 bytes)',
    docs: 'https://docs.docker.com/reference/dockerfile/#format',
    // BuildKit raises this for every stage, needed or not: the parser, for the whole file (convert.go:255)
    raisedAt: 'validation',
  },
  check(ctx) {
    reportParseDiagnostics(ctx, 'line-too-long');
  },
});
