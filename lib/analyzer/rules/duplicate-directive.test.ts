import { ruleTester } from '../testing/rule-tester';

ruleTester('duplicate-directive', {
  valid: [
    '# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all\nFROM alpine\n',
    // the second one is an ordinary comment after a blank line
    '# escape=`\n\n# escape=`\nFROM alpine\n',
  ],
  invalid: [
    {
      code: '# escape=`\n# Escape=\\\nFROM alpine\n',
      errors: [
        {
          line: 2,
          column: 1,
          endColumn: 11,
          message: 'only one escape parser directive can be used',
        },
      ],
    },
    {
      code: '# syntax=a\n# check=error=true\n# syntax=b\nFROM alpine\n',
      errors: [{ line: 3, column: 1, message: 'only one syntax parser directive can be used' }],
    },
  ],
});
