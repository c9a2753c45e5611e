import { reportParseDiagnostics } from '../parse';
import { defineRule } from '../types';

/** A parser directive given twice; BuildKit refuses the file. */
export const duplicateDirective = defineRule({
  meta: {
    id: 'duplicate-directive',
    severity: 'error',
    description: 'a parser directive appears more than once',
    docs: 'https://docs.docker.com/reference/dockerfile/#parser-directives',
    // BuildKit raises this for every stage, needed or not: the parser reads directives before anything else (convert.go:255)
    raisedAt: 'validation',
  },
  check(ctx) {
    reportParseDiagnostics(ctx, 'duplicate-directive');
  },
});
