import { ruleTester } from '../testing/rule-tester';

ruleTester('build-tools-in-final-stage', {
  valid: [
    {
      name: 'a --build-context replaces the full node image with a slim one',
      code: 'FROM node\n',
      options: { buildContexts: { node: 'docker-image://node:22-slim' } },
    },
    {
      name: 'a --build-context directory is no SDK image',
      code: 'FROM golang:1.22\n',
      options: { buildContexts: { 'golang:1.22': './rootfs' } },
    },
    'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
    'FROM node:20-alpine\n',
    'FROM python:3.12-slim\n',
    'FROM eclipse-temurin:21-jre\n',
    // removed again in the same layer
    'FROM alpine:3.20\nRUN apk add --virtual .deps build-base && make && apk del .deps\n',
    'FROM debian:12-slim\nRUN apt-get install -y gcc && make && apt-get purge -y --auto-remove gcc\n',
    'FROM debian:12-slim\nRUN apt-get install -y gcc && make && apt-get purge -y gcc && apt-get autoremove -y\n',
    // --target picks the runtime stage
    { code: 'FROM golang:1.22 AS build\nFROM alpine:3.20 AS run\n', options: { target: 'run' } },
  ],
  invalid: [
    {
      name: 'a docker-image:// --build-context is judged as the image it names',
      code: 'FROM base\n',
      options: { buildContexts: { base: 'docker-image://golang:1.22' } },
      errors: [{ line: 1, column: 6, endColumn: 10 }],
    },
    {
      name: 'apt-get purge without --auto-remove leaves gcc-12 and binutils installed',
      code: 'FROM debian:12-slim\nRUN apt-get install -y gcc && make && apt-get purge -y gcc\n',
      errors: [{ line: 2, column: 1, endColumn: 4 }],
    },
    {
      name: 'a single-stage Go build',
      code: 'FROM golang:1.22\nRUN go build -o /app\n',
      errors: [{ line: 1, column: 6, endColumn: 17 }],
    },
    {
      name: 'through a stage it is based on',
      code: 'FROM maven:3.9 AS base\nFROM base AS final\n',
      errors: [{ line: 1, column: 6 }],
    },
    {
      name: 'installing build-essential',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y build-essential\n',
      errors: [
        {
          line: 2,
          column: 1,
          endColumn: 4,
          message:
            'The target stage "stage-0" installs build-essential, so the image you ship carries a compiler; install build tools in a build stage and copy only the results',
        },
      ],
    },
    {
      name: 'full node image',
      code: 'FROM node:18\nCMD ["node", "a.js"]\n',
      errors: [{ line: 1, column: 6 }],
    },
  ],
});
