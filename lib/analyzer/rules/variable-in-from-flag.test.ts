import { ruleTester } from '../testing/rule-tester';

ruleTester('variable-in-from-flag', {
  valid: [
    'ARG V=1\nFROM alpine:${V} AS src\nFROM alpine:3.20\nCOPY --from=src /a /a\n',
    // a trailing $ is no variable for mounts
    'FROM alpine:3.20\nRUN --mount=from=cache$,target=/x ls\n',
  ],
  invalid: [
    {
      code: 'FROM scratch\nCOPY --from=$FOO . .\n',
      errors: [
        {
          line: 2,
          column: 13,
          endColumn: 17,
          message:
            'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround',
        },
      ],
    },
    {
      name: 'BuildKit testMountFromError',
      code: 'FROM busybox as test\nRUN touch /tmp/test\n\nFROM busybox\nENV ttt=test\nRUN --mount=from=$ttt,type=cache,target=/tmp ls\n',
      errors: [
        {
          line: 6,
          column: 18,
          endColumn: 22,
          message: "'from' doesn't support variable expansion, define alias stage instead",
        },
      ],
    },
    {
      name: 'an image tag from an ARG',
      code: 'ARG UV=0.5\nFROM python:3.12\nCOPY --from=ghcr.io/astral-sh/uv:${UV} /uv /bin/\n',
      errors: [{ line: 3, column: 13 }],
    },
  ],
});
