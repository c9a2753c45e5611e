/** BuildKit's parser error cases: the analyzer must report at least one error. */
import { parse } from '../../parse';
import type { SourceChecker } from '../types';

export const checker: SourceChecker = {
  source: 'buildkit-parser-negative',
  title: 'an error diagnostic where BuildKit fails to parse',
  check(c, ctx) {
    const src = ctx.read(c.path);
    const diagnostics = ctx.analyze ? ctx.analyze(src).diagnostics : parse(src).diagnostics;
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) return { ok: true };
    return { ok: false, detail: `no error; BuildKit: ${String(c.expect.error_message_probable)}` };
  },
};
