import { reportParseDiagnostics } from '../parse';
import { defineRule } from '../types';

/** Exec-form JSON arrays must hold only strings; BuildKit refuses the file. */
export const jsonArrayNonString = defineRule({
  meta: {
    id: 'json-array-non-string',
    severity: 'error',
    description: 'a JSON array with non-string elements',
    docs: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
    // BuildKit raises this for every stage, needed or not: the parser, for the whole file (convert.go:255)
    raisedAt: 'validation',
  },
  check(ctx) {
    reportParseDiagnostics(ctx, 'json-array-non-string');
  },
});
