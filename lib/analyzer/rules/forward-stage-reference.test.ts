import { ruleTester } from '../testing/rule-tester';

ruleTester('forward-stage-reference', {
  valid: [
    'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\n',
    // a cycle is reported as a cycle, as BuildKit does
    'FROM busybox:1 AS stage0\nCOPY --from=stage1 a b\nFROM busybox:1 AS stage1\nCOPY --from=stage0 a b\n',
    // FROM x AS x is the image x
    'FROM node:20 AS node\n',
    'FROM golang:1.22\nFROM alpine:3.20 AS golang\n',
  ],
  invalid: [
    {
      name: 'COPY from a later stage (BuildKit testOutOfOrderStage)',
      code: 'FROM busybox:1 AS target\nCOPY --from=build / /out\nFROM alpine:3.20 AS build\n',
      errors: [
        {
          line: 2,
          column: 13,
          endColumn: 18,
          message:
            'cannot copy from stage "build", it needs to be defined before current stage "target"',
        },
      ],
    },
    {
      name: 'by index, in an unnamed stage',
      code: 'FROM busybox:1\nCOPY --from=1 /a /a\nFROM alpine:3.20\n',
      errors: [
        {
          line: 2,
          column: 13,
          message:
            'cannot copy from stage "1", it needs to be defined before current stage "stage-0"',
        },
      ],
    },
    {
      name: 'mount from a later stage',
      code: 'FROM busybox:1\nRUN --mount=from=later,target=/t ls\nFROM alpine:3.20 AS later\n',
      errors: [
        {
          line: 2,
          column: 18,
          endColumn: 23,
          message:
            'cannot mount from stage "later" to "/t", stage needs to be defined before current command',
        },
      ],
    },
    {
      name: 'FROM a stage defined below',
      code: 'FROM base\nFROM alpine:3.20 AS base\n',
      errors: [{ line: 1, column: 6, endColumn: 10 }],
    },
  ],
});
