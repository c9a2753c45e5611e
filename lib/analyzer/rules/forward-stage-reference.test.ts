import { ruleTester } from '../testing/rule-tester';

ruleTester('forward-stage-reference', {
  valid: [
    'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\n',
    // a cycle is reported as a cycle, as BuildKit does
    'FROM busybox:1 AS stage0\nCOPY --from=stage1 a b\nFROM busybox:1 AS stage1\nCOPY --from=stage0 a b\n',
    // FROM x AS x is the image x
    'FROM node:20 AS node\n',
    'FROM golang:1.22\nFROM alpine:3.20 AS golang\n',
    {
      name: 'FROM a later stage name that a --build-context supplies: read, not pulled',
      code: 'FROM app AS base\nFROM alpine:3.20 AS app\nFROM base\n',
      options: { buildContexts: { app: 'docker-image://alpine:3.20' } },
    },
    {
      name: 'a later stage that a --build-context of its name replaces is ready before any copy',
      code: 'FROM alpine AS app\nCOPY --from=build /out /app\nFROM alpine AS build\nFROM app\n',
      options: { buildContexts: { build: './prebuilt' } },
    },
  ],
  invalid: [
    {
      name: 'COPY from a later stage, in a stage the last one builds FROM (BuildKit testOutOfOrderStage)',
      code: 'FROM busybox:1 AS target\nCOPY --from=build / /out\nFROM alpine:3.20 AS build\nFROM target\n',
      errors: [
        {
          line: 2,
          column: 13,
          endColumn: 18,
          severity: 'error',
          message:
            'cannot copy from stage "build", it needs to be defined before current stage "target"',
        },
      ],
    },
    {
      name: 'the issue 15 file, default build: BuildKit builds only "build", so no error',
      code: 'FROM alpine AS app\nCOPY --from=build /out /app\nFROM alpine AS build\n',
      errors: [
        {
          line: 2,
          column: 13,
          endColumn: 18,
          severity: 'warning',
          message:
            'cannot copy from stage "build", it needs to be defined before current stage "app". The default build (target "build") skips stage "app", so it does not fail here; a build with --target app would fail',
        },
      ],
    },
    {
      name: 'the issue 15 file with --target app: the copy is dispatched and fails',
      code: 'FROM alpine AS app\nCOPY --from=build /out /app\nFROM alpine AS build\n',
      options: { target: 'app' },
      errors: [
        {
          line: 2,
          column: 13,
          severity: 'error',
          message:
            'cannot copy from stage "build", it needs to be defined before current stage "app"',
        },
      ],
    },
    {
      name: 'a skipped stage names the last stage that needs it as the failing --target',
      code: 'FROM alpine AS app\nCOPY --from=build /out /app\nFROM app AS release\nFROM alpine AS build\n',
      errors: [
        {
          line: 2,
          column: 13,
          severity: 'warning',
          message:
            'cannot copy from stage "build", it needs to be defined before current stage "app". The default build (target "build") skips stage "app", so it does not fail here; a build with --target release would fail',
        },
      ],
    },
    {
      name: 'a chosen --target that skips the stage is named as the build that skips it',
      code: 'FROM alpine AS app\nCOPY --from=build /out /app\nFROM alpine AS build\nFROM alpine AS docs\n',
      options: { target: 'build' },
      errors: [
        {
          line: 2,
          column: 13,
          severity: 'warning',
          message:
            'cannot copy from stage "build", it needs to be defined before current stage "app". A build with --target build skips stage "app", so it does not fail here; a build with --target app would fail',
        },
      ],
    },
    {
      name: 'by index, in an unnamed stage the last one needs',
      code: 'FROM busybox:1\nCOPY --from=1 /a /a\nFROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=0 /a /a\n',
      errors: [
        {
          line: 2,
          column: 13,
          severity: 'error',
          message:
            'cannot copy from stage "1", it needs to be defined before current stage "stage-0"',
        },
      ],
    },
    {
      name: 'an unnamed skipped stage: no --target can select it',
      code: 'FROM busybox:1\nCOPY --from=1 /a /a\nFROM alpine:3.20\n',
      errors: [
        {
          line: 2,
          column: 13,
          severity: 'warning',
          message:
            'cannot copy from stage "1", it needs to be defined before current stage "stage-0". The default build (target "stage-1") skips stage "stage-0", so it does not fail here; no --target reaches this stage, as neither it nor a stage that needs it has a name',
        },
      ],
    },
    {
      name: 'mount from a later stage, in a stage --target skips',
      code: 'FROM alpine:3.20 AS later\nFROM busybox:1\nRUN --mount=from=later2,target=/t ls\nFROM alpine:3.20 AS later2\n',
      options: { target: 'later2' },
      errors: [{ line: 3, column: 18, endColumn: 24, severity: 'warning' }],
    },
    {
      name: 'mount from a later stage, with the mounting stage as target',
      code: 'FROM busybox:1 AS app\nRUN --mount=from=later,target=/t ls\nFROM alpine:3.20 AS later\n',
      options: { target: 'app' },
      errors: [
        {
          line: 2,
          column: 18,
          endColumn: 23,
          severity: 'error',
          message:
            'cannot mount from stage "later" to "/t", stage needs to be defined before current command',
        },
      ],
    },
    {
      name: 'FROM a stage defined below, in a stage the default build skips',
      code: 'FROM base2\nFROM alpine:3.20 AS base2\n',
      errors: [{ line: 1, column: 6, endColumn: 11, severity: 'warning' }],
    },
    {
      name: 'FROM a stage defined below, in a stage the default build needs',
      code: 'FROM app AS base\nFROM alpine:3.20 AS app\nFROM base\n',
      errors: [{ line: 1, column: 6, endColumn: 9, severity: 'error' }],
    },
  ],
});
