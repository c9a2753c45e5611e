import { reportParseDiagnostics } from '../parse';
import { defineRule } from '../types';

/** A heredoc whose terminator never comes; BuildKit fails with `unterminated heredoc`. */
export const unterminatedHeredoc = defineRule({
  meta: {
    id: 'unterminated-heredoc',
    severity: 'error',
    description: 'a heredoc is never terminated',
    docs: 'https://docs.docker.com/reference/dockerfile/#here-documents',
  },
  check(ctx) {
    reportParseDiagnostics(ctx, 'unterminated-heredoc');
  },
});
