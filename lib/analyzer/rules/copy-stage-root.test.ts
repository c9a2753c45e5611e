import { ruleTester } from '../testing/rule-tester';

ruleTester('copy-stage-root', {
  valid: [
    'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /out/app /app\n',
    // a scratch-based stage holds only what was put in it
    'FROM scratch AS base\nFROM base AS sibling\nFROM base AS consumer\nCOPY --from=sibling / /\n',
    'FROM alpine:3.20\nCOPY / /x\n',
    {
      name: 'tonistiigi/xx, as its README prescribes: a scratch image of xx-* scripts',
      code: 'FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx\nFROM --platform=$BUILDPLATFORM golang:1.22-alpine\nCOPY --from=xx / /\n',
    },
    {
      name: 'tonistiigi/xx named directly, tagged, with --link',
      code: 'FROM alpine:3.20\nCOPY --link --from=tonistiigi/xx:1.9.0 / /\n',
    },
    {
      name: 'tonistiigi/xx by its full name and digest',
      code: 'FROM docker.io/tonistiigi/xx@sha256:add602d55daca18914838a78221f6bbe4284114b452c86a48f96d59aeb00f5c6 AS xx\nFROM alpine:3.20\nCOPY --from=xx / /\n',
    },
  ],
  invalid: [
    {
      code: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build / /\n',
      errors: [
        {
          line: 3,
          column: 19,
          endColumn: 20,
          severity: 'warning',
          message:
            'COPY --from=build / copies the entire filesystem of stage "build", its OS files and tools included; copy only the paths you need',
        },
      ],
    },
    {
      name: 'from an image that is not a scratch helper',
      code: 'FROM alpine:3.20\nCOPY --link --from=ubuntu:24.04 / /\n',
      errors: [{ line: 2, column: 33, severity: 'warning' }],
    },
    {
      name: 'the squash idiom: FROM scratch + COPY --from=build / / is explained, as info',
      code: 'FROM debian:12-slim AS build\nRUN apt-get update\nFROM scratch\nCOPY --from=build / /\n',
      errors: [
        {
          line: 4,
          column: 19,
          endColumn: 20,
          severity: 'info',
          message:
            'COPY --from=build / / into a stage built FROM scratch flattens stage "build" into one layer: the image keeps all of its files, OS files and tools included, but none of its ENV, WORKDIR, USER or CMD, which this stage has to set again',
        },
      ],
    },
    {
      name: 'into a scratch stage but not at / : a plain copy of everything, still a warning',
      code: 'FROM debian:12-slim AS build\nFROM scratch\nCOPY --from=build / /rootfs\n',
      errors: [{ line: 3, column: 19, severity: 'warning' }],
    },
  ],
});
