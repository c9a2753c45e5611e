import { ruleTester } from '../testing/rule-tester';

ruleTester('invalid-escape-directive', {
  valid: [
    '# escape=`\nFROM alpine\n',
    '# escape=\\\nFROM alpine\n',
    // not a directive any more after an instruction or a comment
    'FROM alpine\n# escape=x\n',
    '# note\n# escape=x\nFROM alpine\n',
  ],
  invalid: [
    {
      code: '# escape=x\nFROM alpine\n',
      errors: [
        {
          line: 1,
          column: 10,
          endColumn: 11,
          message: "invalid escape token 'x' does not match ` or \\",
        },
      ],
    },
    {
      code: '# syntax=docker/dockerfile:1\n#  ESCAPE = //  \nFROM alpine\n',
      errors: [{ line: 2, column: 13, endColumn: 15 }],
    },
  ],
});
