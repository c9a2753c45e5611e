import { reportParseDiagnostics } from '../parse';
import { defineRule } from '../types';

/** A parser directive given twice; BuildKit refuses the file. */
export const duplicateDirective = defineRule({
  meta: {
    id: 'duplicate-directive',
    severity: 'error',
    description: 'a parser directive appears more than once',
    docs: 'https://docs.docker.com/reference/dockerfile/#parser-directives',
  },
  check(ctx) {
    reportParseDiagnostics(ctx, 'duplicate-directive');
  },
});
