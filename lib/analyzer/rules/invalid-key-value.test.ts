import { ruleTester } from '../testing/rule-tester';

ruleTester('invalid-key-value', {
  valid: [
    'FROM alpine\nENV A=1 B="two words"\n',
    'FROM alpine\nENV A one two\n',
    'FROM alpine\nLABEL version=1\n',
    'FROM alpine\nENV\n',
  ],
  invalid: [
    {
      code: 'FROM busybox\n\nENV PATH\n',
      errors: [{ line: 3, column: 5, endColumn: 9, message: 'ENV must have two arguments' }],
    },
    {
      code: 'FROM alpine\nLABEL a=1 b\n',
      errors: [
        {
          line: 2,
          column: 11,
          endColumn: 12,
          message: `Syntax error - can't find = in "b". Must be of the form: name=value`,
        },
      ],
    },
  ],
});
