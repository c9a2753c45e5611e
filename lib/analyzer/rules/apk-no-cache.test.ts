import { ruleTester } from '../testing/rule-tester';

ruleTester('apk-no-cache', {
  valid: [
    // only the stages that end up in the image count
    'FROM alpine AS build\nRUN apk add flex\nFROM alpine\nRUN echo hi\n',
    'FROM alpine\nRUN apk add --no-cache git\n',
    'FROM alpine\nRUN apk --no-cache add git\n',
    'FROM alpine\nRUN --mount=type=cache,target=/var/cache/apk apk add git\n',
    'FROM alpine\nRUN apk del git\n',
  ],
  invalid: [
    {
      // a command in a heredoc body counts like one on the RUN line
      code: 'FROM alpine\nRUN <<EOT\napk add flex\nEOT\n',
      errors: [{ line: 2, column: 1, endColumn: 4 }],
    },
    {
      code: 'FROM alpine\nRUN apk add flex\n',
      errors: [{ line: 2, column: 5, endColumn: 12, severity: 'info' }],
    },
    {
      code: 'FROM alpine\nRUN apk update && apk add \\\n  --virtual build-deps \\\n  gcc\n',
      errors: [{ line: 2, column: 19 }],
    },
  ],
});
