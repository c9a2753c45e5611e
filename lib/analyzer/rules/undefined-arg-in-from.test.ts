import { ruleTester } from '../testing/rule-tester';

ruleTester('undefined-arg-in-from', {
  valid: [
    'ARG base=scratch\nFROM $base\n',
    'ARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch\n',
    'FROM --platform=$BUILDPLATFORM scratch\n',
    'ARG DEBUG\nFROM scratch${DEBUG}\n',
    'ARG DEBUG\nFROM scra${DEBUG:-tch}\n',
    'ARG DEBUG=""\nFROM scratch${DEBUG-@bogus}\n',
  ],
  invalid: [
    {
      name: 'BuildKit testUndeclaredArg, with a suggestion',
      code: '\nFROM --platform=$BULIDPLATFORM scratch\n',
      errors: [
        {
          line: 2,
          column: 17,
          message: "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)",
          suggestion: 'BUILDPLATFORM',
        },
      ],
    },
    {
      name: 'an ARG declared only inside a stage does not count',
      code: 'FROM alpine:3.20\nARG TAG=1\nFROM node:${TAG}\n',
      errors: [{ line: 3, column: 6, message: "FROM argument 'TAG' is not declared" }],
    },
  ],
});
