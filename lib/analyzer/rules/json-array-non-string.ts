import { reportParseDiagnostics } from '../parse';
import { defineRule } from '../types';

/** Exec-form JSON arrays must hold only strings; BuildKit refuses the file. */
export const jsonArrayNonString = defineRule({
  meta: {
    id: 'json-array-non-string',
    severity: 'error',
    description: 'a JSON array with non-string elements',
    docs: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
  },
  check(ctx) {
    reportParseDiagnostics(ctx, 'json-array-non-string');
  },
});
