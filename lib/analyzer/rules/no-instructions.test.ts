import { ruleTester } from '../testing/rule-tester';

ruleTester('no-instructions', {
  valid: ['FROM alpine\n', '# comment\nARG A\n'],
  invalid: [
    { code: '', errors: [{ line: 1, column: 1, message: 'file with no instructions' }] },
    {
      code: '# syntax=docker/dockerfile:1\n# Hello\n\n',
      errors: [{ line: 1, column: 1, endLine: 3, endColumn: 1 }],
    },
    { code: 'RUN a \\\n', errors: [] },
  ].filter((c) => c.errors.length > 0),
});
