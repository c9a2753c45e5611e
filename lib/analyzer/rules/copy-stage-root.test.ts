import { ruleTester } from '../testing/rule-tester';

ruleTester('copy-stage-root', {
  valid: [
    'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /out/app /app\n',
    // a scratch-based stage holds only what was put in it
    'FROM scratch AS base\nFROM base AS sibling\nFROM base AS consumer\nCOPY --from=sibling / /\n',
    'FROM alpine:3.20\nCOPY / /x\n',
  ],
  invalid: [
    {
      code: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build / /\n',
      errors: [
        {
          line: 3,
          column: 19,
          endColumn: 20,
          message:
            'COPY --from=build / copies the entire filesystem of stage "build", its OS files and tools included; copy only the paths you need',
        },
      ],
    },
    {
      name: 'from an image',
      code: 'FROM alpine:3.20\nCOPY --link --from=tonistiigi/xx:1.9.0 / /\n',
      errors: [{ line: 2, column: 40 }],
    },
  ],
});
