import { ruleTester } from '../testing/rule-tester';

ruleTester('apt-lists-not-cleaned', {
  valid: [
    {
      name: 'apt-get dist-clean in the same RUN (apt 2.7.8+, Debian 13 trixie)',
      code: 'FROM debian:13\nRUN apt-get update && apt-get install -y curl && apt-get dist-clean\n',
    },
    'FROM debian:13\nRUN apt update && apt install -y curl && apt distclean\n',
    'FROM debian\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\n',
    'FROM debian\nRUN apt update && apt install python && rm -rf /var/lib/apt/lists/*\n',
    // Only stages that end up in the image count.
    'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!\n',
    'FROM debian\nRUN --mount=type=cache,target=/var/lib/apt/lists \\\n    apt-get update && apt-get install python\n',
    'FROM debian\nRUN --mount=type=cache,target=/var/cache/apt \\\n    --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install foo\n',
    'FROM debian\nRUN --mount=type=tmpfs,target=/var/cache/apt \\\n  --mount=type=tmpfs,target=/var/lib/apt \\\n  apt-get update\n',
  ],
  invalid: [
    {
      name: 'apt-get clean keeps the lists: only the archives go',
      code: 'FROM debian:13\nRUN apt-get update && apt-get install -y curl && apt-get clean\n',
      errors: [
        {
          line: 2,
          column: 5,
          endColumn: 19,
          message:
            'The apt package lists stay in this layer: delete /var/lib/apt/lists/* (or run apt-get dist-clean on apt 2.7.8+, Debian 13) in the same RUN after installing',
        },
      ],
    },
    {
      code: 'FROM debian\nRUN <<EOT\napt-get update\napt-get install -y curl\nEOT\n',
      errors: [{ line: 2, column: 1, endColumn: 4 }],
    },
    {
      code: 'FROM scratch\nRUN apt-get update && apt-get install python\n',
      errors: [{ line: 2, column: 5, endColumn: 19, severity: 'info' }],
    },
    {
      name: 'a stage the target is built FROM counts',
      code: 'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM foo\nRUN hey!\n',
      errors: [{ line: 2, column: 5 }],
    },
    {
      name: 'the target stage, when it is not the last one',
      code: 'FROM debian AS app\nRUN apt-get update\nFROM scratch AS other\n',
      options: { target: 'app' },
      errors: [{ line: 2, column: 5 }],
    },
    {
      name: 'a cache mount on /var/cache/apt alone leaves the lists',
      code: 'FROM debian\nRUN --mount=type=cache,target=/var/cache/apt \\\n    apt-get update && apt-get install python\n',
      errors: [{ line: 3, column: 5 }],
    },
    {
      code: 'FROM scratch\nRUN aptitude update && aptitude install python\n',
      errors: [{ line: 2, column: 5 }],
    },
  ],
});
