import { ruleTester } from '../testing/rule-tester';

ruleTester('instruction-before-from', {
  valid: ['ARG BASE=alpine:3.20\nFROM $BASE\nRUN echo\n', '# comment\nFROM alpine:3.20\n'],
  invalid: [
    {
      code: 'RUN echo hi\nFROM alpine:3.20\n',
      errors: [{ line: 1, column: 1, endColumn: 4, message: 'no build stage in current context' }],
    },
    {
      name: 'each one before the first FROM',
      code: 'ARG A=1\nENV B=2\ncopy a b\nFROM alpine:3.20\nRUN x\n',
      errors: [
        { line: 2, column: 1 },
        { line: 3, column: 1, endColumn: 5 },
      ],
    },
  ],
});
