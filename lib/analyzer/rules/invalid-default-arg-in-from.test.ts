import { ruleTester } from '../testing/rule-tester';

ruleTester('invalid-default-arg-in-from', {
  valid: [
    'ARG TAG=latest\nFROM busybox:${TAG}\n',
    'ARG VARIANT\nFROM busybox:stable${VARIANT}\n',
    'ARG TAG\nFROM alpine:${TAG:-3.14}\n',
    'FROM --platform=linux/amd64 alpine AS build_amd64\nFROM build_${TARGETARCH} AS build\n',
    // an expansion error abandons the check, as in BuildKit (it fails the build later)
    'ARG X\nFROM ${X:?X is required}\nFROM ${X}\n',
  ],
  invalid: [
    {
      name: 'a global ARG default that expands to an invalid name',
      code: 'ARG REPO=a::b\nFROM ${REPO}/app AS build\n',
      errors: [
        {
          line: 2,
          column: 6,
          message: 'Default value for ARG ${REPO}/app results in empty or invalid base image name',
        },
      ],
    },
    {
      code: 'ARG TAG\nFROM busybox:${TAG}\n',
      errors: [
        {
          line: 2,
          column: 6,
          endColumn: 20,
          message:
            'Default value for ARG busybox:${TAG} results in empty or invalid base image name',
        },
      ],
    },
    {
      name: 'a --build-arg does not hide it: the check uses defaults only',
      code: '\nARG IMAGE\nFROM $IMAGE\n',
      options: { buildArgs: { IMAGE: 'alpine:3.20' } },
      errors: [
        {
          line: 3,
          column: 6,
          message: 'Default value for ARG $IMAGE results in empty or invalid base image name',
        },
      ],
    },
  ],
});
