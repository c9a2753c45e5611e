import { ruleTester } from '../testing/rule-tester';

ruleTester('no-instructions', {
  valid: ['FROM alpine\n', '# comment\nARG A\n', 'RUN a \\\n'],
  invalid: [
    { code: '', errors: [{ line: 1, column: 1, message: 'file with no instructions' }] },
    {
      code: '# syntax=docker/dockerfile:1\n# Hello\n\n',
      errors: [{ line: 1, column: 1, endLine: 3, endColumn: 1 }],
    },
    { code: '\n\n   \n# only comments\n#\n', errors: [{ line: 1, column: 1 }] },
  ],
});
