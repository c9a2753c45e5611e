import { MAX_SUBSTITUTION_DEPTH } from '../expand';
import { ruleTester } from '../testing/rule-tester';

const deep = '${A:-'.repeat(3000) + 'alpine' + '}'.repeat(3000);

ruleTester('base-name-expansion', {
  valid: [
    'ARG VERSION=3.20\nFROM alpine:${VERSION:?required}\n',
    { code: 'ARG V\nFROM alpine:${V:?}\n', options: { buildArgs: { V: '3.20' } } },
    'FROM alpine:${V:-3.20}\n',
  ],
  invalid: [
    {
      name: 'an unset ARG with its own message',
      code: 'FROM alpine:${VERSION:?required} AS app\n',
      errors: [
        { line: 1, column: 6, endColumn: 33, severity: 'error', message: 'VERSION: required' },
      ],
    },
    {
      name: 'BuildKit default message for an empty value, in a stage the target does not need',
      code: 'ARG V=\nFROM busybox:${V:?} AS unused\nRUN true\n\nFROM alpine:3.20\n',
      errors: [{ line: 2, column: 6, endColumn: 20, message: 'V: is not allowed to be empty' }],
    },
    {
      name: 'an unset ARG without a message',
      code: 'FROM alpine:3.20\nFROM ${IMAGE?}\n',
      errors: [{ line: 2, column: 6, endColumn: 15, message: 'IMAGE: is not allowed to be unset' }],
    },
    {
      name: 'a nesting the analyzer does not evaluate is a warning, not a guess',
      code: `FROM ${deep} AS app\n`,
      errors: [
        {
          line: 1,
          column: 6,
          severity: 'warning',
          message: `substitutions nest more than ${MAX_SUBSTITUTION_DEPTH} deep; the analyzer does not evaluate them, so the checks of this base name are incomplete`,
        },
      ],
    },
  ],
});
