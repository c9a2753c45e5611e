import { reportParseDiagnostics } from '../parse';
import { defineRule } from '../types';

/** A heredoc whose terminator never comes; BuildKit fails with `unterminated heredoc`. */
export const unterminatedHeredoc = defineRule({
  meta: {
    id: 'unterminated-heredoc',
    severity: 'error',
    description: 'a heredoc is never terminated',
    docs: 'https://docs.docker.com/reference/dockerfile/#here-documents',
    // BuildKit raises this for every stage, needed or not: the parser, for the whole file (convert.go:255)
    raisedAt: 'validation',
  },
  check(ctx) {
    reportParseDiagnostics(ctx, 'unterminated-heredoc');
  },
});
