import { ruleTester } from '../testing/rule-tester';

ruleTester('json-array-non-string', {
  valid: [
    'FROM alpine\nCMD ["echo", "hi"]\n',
    // invalid JSON falls back to shell form, as in BuildKit
    "FROM alpine\nCMD ['echo', 1]\n",
    'FROM alpine\nCMD ["echo", 1\n',
    // trailing text after the array makes it invalid JSON, hence shell form
    'FROM alpine\nCOPY ["a", null] /\n',
    // ENV is never JSON
    'FROM alpine\nENV A [1]\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nCMD [ "echo", [ "nested json" ] ]\n',
      errors: [
        {
          line: 2,
          column: 5,
          endColumn: 34,
          message: 'when using JSON array syntax, arrays must be comprised of strings only',
        },
      ],
    },
    { code: 'FROM alpine\nENTRYPOINT [1, 2]\n', errors: [{ line: 2, column: 12 }] },
    { code: 'FROM alpine\nCOPY ["a", null, "/"]\n', errors: [{ line: 2, column: 6 }] },
    { code: 'FROM alpine\nHEALTHCHECK CMD [true]\n', errors: [{ line: 2, column: 17 }] },
    { code: 'FROM alpine\nRUN --network=none [1]\n', errors: [{ line: 2, column: 20 }] },
  ],
});
