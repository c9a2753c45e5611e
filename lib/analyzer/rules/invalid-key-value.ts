import { reportParseDiagnostics } from '../parse';
import { defineRule } from '../types';

/** ENV or LABEL arguments BuildKit cannot split into key/value pairs. */
export const invalidKeyValue = defineRule({
  meta: {
    id: 'invalid-key-value',
    severity: 'error',
    description: 'ENV/LABEL needs key=value pairs or a legacy key and value',
    docs: 'https://docs.docker.com/reference/dockerfile/#env',
    // BuildKit raises this for every stage, needed or not: instructions.Parse, for the whole file (convert.go:273)
    raisedAt: 'validation',
  },
  check(ctx) {
    reportParseDiagnostics(ctx, 'invalid-key-value');
  },
});
