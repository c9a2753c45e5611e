import { reportParseDiagnostics } from '../parse';
import { defineRule } from '../types';

/** An `# escape=` directive other than a backslash or backtick; BuildKit refuses the file. */
export const invalidEscapeDirective = defineRule({
  meta: {
    id: 'invalid-escape-directive',
    severity: 'error',
    description: 'the escape directive must be a backslash or a backtick',
    docs: 'https://docs.docker.com/reference/dockerfile/#escape',
    // BuildKit raises this for every stage, needed or not: the parser reads directives before anything else (convert.go:255)
    raisedAt: 'validation',
  },
  check(ctx) {
    reportParseDiagnostics(ctx, 'invalid-escape-directive');
  },
});
