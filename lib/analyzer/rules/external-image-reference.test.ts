import { ruleTester } from '../testing/rule-tester';

ruleTester('external-image-reference', {
  valid: [
    {
      name: 'a --build-context is found by the familiar name, :latest trimmed',
      code: 'FROM alpine:3.20\nCOPY --from=busybox:latest /bin/busybox /bin/\n',
      options: { buildContexts: { busybox: 'docker-image://busybox:1.36' } },
    },
    'FROM busybox:1 AS golang\nFROM scratch\nCOPY --from=golang /usr/bin/go go\n',
    'FROM scratch AS a\nFROM scratch\nCOPY --from=0 /x /x\n',
    // close to a stage: unknown-stage-reference reports it instead
    'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=builder /a /a\n',
    'FROM alpine:3.20\nCOPY --from=scratch / /\n',
    {
      name: 'a --build-context of that name is no pull',
      code: 'FROM alpine:3.20\nCOPY --from=busybox /bin/busybox /bin/\n',
      options: { buildContexts: { BusyBox: 'docker-image://busybox:1.36' } },
    },
  ],
  invalid: [
    {
      name: 'a --build-context for another tag does not cover this one',
      code: 'FROM alpine:3.20\nCOPY --from=busybox:1.35 /bin/busybox /bin/\n',
      options: { buildContexts: { busybox: 'docker-image://busybox:1.36' } },
      errors: [{ line: 2, column: 13, endColumn: 25 }],
    },
    {
      name: 'BuildKit testMultiStageImplicitFrom',
      code: '\nFROM scratch\nCOPY --from=busybox /etc/passwd test\n',
      errors: [
        {
          line: 3,
          column: 13,
          endColumn: 20,
          message:
            '"busybox" is not a stage in this Dockerfile, so BuildKit pulls the image docker.io/library/busybox:latest',
        },
      ],
    },
    {
      name: 'a registry image with a tag',
      code: 'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5 /uv /bin/\n',
      errors: [
        {
          line: 2,
          column: 13,
          message:
            '"ghcr.io/astral-sh/uv:0.5" is not a stage in this Dockerfile, so BuildKit pulls the image ghcr.io/astral-sh/uv:0.5',
        },
      ],
    },
    {
      name: 'a mount',
      code: 'FROM alpine:3.20\nRUN --mount=from=assets,target=/a ls\n',
      errors: [{ line: 2, column: 18, endColumn: 24 }],
    },
  ],
});
