import { ruleTester } from '../testing/rule-tester';

ruleTester('empty-base-name', {
  valid: [
    'ARG IMAGE=alpine:3.20\nFROM $IMAGE\n',
    { code: 'ARG IMAGE\nFROM $IMAGE\n', options: { buildArgs: { IMAGE: 'alpine:3.20' } } },
    // wrong arity is reported first, as BuildKit fails there
    'FROM $nothing two\n',
  ],
  invalid: [
    {
      code: 'FROM ${BLANK} AS foo\n',
      errors: [
        { line: 1, column: 6, endColumn: 14, message: 'base name (${BLANK}) should not be blank' },
      ],
    },
    {
      name: 'empty quotes',
      code: 'FROM "" AS foo',
      errors: [{ line: 1, column: 6, endColumn: 8, message: 'base name ("") should not be blank' }],
    },
    { name: 'empty default', code: 'FROM ${var:-}', errors: [{ line: 1, column: 6 }] },
  ],
});
