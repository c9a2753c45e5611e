import { ruleTester } from '../testing/rule-tester';

const docs =
  'FROM ubuntu AS base\nRUN echo "base"\n\nFROM base AS stage1\nRUN echo "stage1"\n\nFROM base AS stage2\nRUN echo "stage2"\n';

ruleTester('unreachable-stage', {
  valid: [
    'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
    'FROM alpine:3.20\n',
    // an unknown target builds nothing, so there is nothing to grey out
    { code: docs, options: { target: 'nosuch' } },
  ],
  invalid: [
    {
      name: 'docs example: the last stage skips stage1',
      code: docs,
      errors: [
        {
          line: 4,
          column: 1,
          endColumn: 20,
          message:
            'Stage "stage1" is not built for target "stage2": nothing the target needs comes from it, so BuildKit skips it',
        },
      ],
    },
    {
      name: '--target stage1 skips stage2',
      code: docs,
      options: { target: 'stage1' },
      errors: [{ line: 7, column: 1 }],
    },
    {
      name: 'an unnamed stage',
      code: 'FROM alpine:3.20\nFROM alpine:3.20 AS final\n',
      errors: [
        {
          line: 1,
          column: 1,
          message:
            'Stage "stage-0" is not built for target "final": nothing the target needs comes from it, so BuildKit skips it',
        },
      ],
    },
  ],
});
