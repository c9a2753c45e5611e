import { ruleTester } from '../testing/rule-tester';

ruleTester('untagged-base-image', {
  valid: [
    'FROM ruby@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n',
    'FROM ruby:2\n',
    'FROM ${VALUE}\n',
    'FROM scratch\n',
    'FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM build as unit-test\nRUN bar\n',
    'ARG IMG=node:20\nFROM $IMG\n',
    {
      name: 'a --build-context of the base name replaces the pull (convert.go:666)',
      code: 'FROM node\n',
      options: { buildContexts: { node: 'docker-image://node:20-alpine' } },
    },
    {
      name: 'a --build-context is found by the familiar name, :latest trimmed',
      code: 'FROM docker.io/library/debian\n',
      options: { buildContexts: { debian: './rootfs' } },
    },
    {
      name: 'a --build-context of the stage name replaces the whole stage (convert.go:461)',
      code: 'FROM debian AS base\nFROM base\n',
      options: { buildContexts: { base: 'docker-image://debian:12-slim' } },
    },
  ],
  invalid: [
    {
      code: 'FROM debian\n',
      errors: [
        {
          line: 1,
          column: 6,
          endColumn: 12,
          message:
            'Base image debian has no tag, so BuildKit pulls docker.io/library/debian:latest, which changes whenever a new release is pushed; name a version tag',
        },
      ],
    },
    { code: 'FROM debian AS builder\n', errors: [{ line: 1, column: 6 }] },
    {
      name: 'a --build-context with another name changes nothing',
      code: 'FROM debian\n',
      options: { buildContexts: { debian12: './rootfs' } },
      errors: [{ line: 1, column: 6, endColumn: 12 }],
    },
    {
      name: 'from an ARG default',
      code: 'ARG IMG=node\nFROM $IMG\n',
      errors: [{ line: 2, column: 6 }],
    },
  ],
});
