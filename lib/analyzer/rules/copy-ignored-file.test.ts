import { ruleTester } from '../testing/rule-tester';

const IGNORE = { dockerignore: 'Dockerfile\n*.md\nsecrets/\n' };
const WITH_EXCEPTION = { dockerignore: 'Dockerfile\n*.md\n!README.md\nsecrets/\n' };

ruleTester('copy-ignored-file', {
  valid: [
    {
      name: 'BuildKit testCopyIgnoredFiles: ** with a !Dockerfile exception, COPY ./Dockerfile',
      code: '\nFROM scratch\nCOPY ./Dockerfile .\n',
      options: { dockerignore: '\n**\n!Dockerfile\n' },
    },
    {
      name: 'BuildKit testCopyIgnoredFiles: an ignored name as a destination or from a stage',
      code: '\nFROM scratch AS base\nCOPY Dockerfile /foobar\nADD Dockerfile /windy\n\nFROM base\nCOPY --from=base /foobar /Dockerfile\n',
      options: { dockerignore: '\nfoobar\n' },
    },
    // no .dockerignore given: nothing is known to be excluded
    'FROM scratch\nCOPY Dockerfile .\n',
    {
      name: 'a `!` exception anywhere turns the whole check off (validateCopySourcePath)',
      code: 'FROM scratch\nCOPY Dockerfile secrets/key .\n',
      options: WITH_EXCEPTION,
    },
    {
      name: 'paths the file keeps, or that come from elsewhere',
      code: 'FROM alpine:3.20 AS base\nCOPY main.go /src/\nCOPY <<EOF /etc/motd\nhi\nEOF\nADD https://example.com/Dockerfile /x\nFROM base\nCOPY --from=base /Dockerfile /secrets/key /\n',
      options: IGNORE,
    },
    // a variable or quotes are read when the stage is built
    { code: 'FROM scratch\nARG F=Dockerfile\nCOPY $F "secrets/x" /\n', options: IGNORE },
    {
      name: 'the context root is not flagged for a pattern that matches it, such as .*',
      code: 'FROM scratch\nCOPY . /app\nCOPY / /root\n',
      options: { dockerignore: '.*\n?\n' },
    },
    {
      name: 'an absolute source is cleaned and kept absolute, so `secrets` does not match it',
      code: 'FROM scratch\nCOPY /secrets/key /\n',
      options: IGNORE,
    },
    {
      name: '# check=skip= silences it now that it is not experimental',
      code: '# check=skip=CopyIgnoredFile\nFROM scratch\nCOPY Dockerfile .\nCOPY secrets/a .\n',
      options: IGNORE,
    },
  ],
  invalid: [
    {
      name: 'check=error=true makes it an error where BuildKit runs it, and leaves the skipped stage at info',
      code: '# check=error=true\nFROM scratch AS docs\nCOPY NOTES.md /\nFROM scratch\nCOPY CHANGES.md /\n',
      options: IGNORE,
      errors: [
        { line: 3, column: 6, severity: 'info' },
        { line: 5, column: 6, severity: 'error' },
      ],
    },
    {
      name: "on without any # check= directive since frontend 1.21; BuildKit's messages",
      code: 'FROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n',
      options: IGNORE,
      errors: [
        {
          line: 2,
          column: 6,
          endColumn: 16,
          message: 'Attempting to Copy file "Dockerfile" that is excluded by .dockerignore',
          severity: 'warning',
        },
        {
          line: 3,
          column: 5,
          message: 'Attempting to Add file "Dockerfile" that is excluded by .dockerignore',
        },
      ],
    },
    {
      name: 'a file below an excluded directory, one matched by a glob, JSON form',
      code: 'FROM scratch\nCOPY secrets/key.pem CHANGES.md /app/\nCOPY ["NOTES.md", "/docs/"]\n',
      options: IGNORE,
      errors: [
        {
          line: 2,
          column: 6,
          message: 'Attempting to Copy file "secrets/key.pem" that is excluded by .dockerignore',
        },
        {
          line: 2,
          column: 22,
          message: 'Attempting to Copy file "CHANGES.md" that is excluded by .dockerignore',
        },
        {
          line: 3,
          column: 6,
          message: 'Attempting to Copy file "NOTES.md" that is excluded by .dockerignore',
        },
      ],
    },
    {
      name: 'the source is cleaned as BuildKit cleans it before matching and in the message',
      code: 'FROM scratch\nCOPY ./secrets//key.pem /app/\n',
      options: IGNORE,
      errors: [
        {
          line: 2,
          column: 6,
          message: 'Attempting to Copy file "secrets/key.pem" that is excluded by .dockerignore',
        },
      ],
    },
    ...['*', '**', '**/*'].map((pattern) => ({
      name: `. and / are flagged when a pattern is exactly ${pattern}`,
      code: 'FROM scratch\nCOPY . /app\nCOPY / /root\n',
      options: { dockerignore: `${pattern}\n` },
      errors: [
        {
          line: 2,
          column: 6,
          message: 'Attempting to Copy file "." that is excluded by .dockerignore',
        },
        {
          line: 3,
          column: 6,
          message: 'Attempting to Copy file "/" that is excluded by .dockerignore',
        },
      ],
    })),
    {
      name: 'in a stage the default build skips, BuildKit does not check it: info that says so',
      code: 'FROM scratch AS docs\nCOPY NOTES.md /\nFROM alpine:3.20\n',
      options: IGNORE,
      errors: [
        {
          line: 2,
          column: 6,
          severity: 'info',
          message:
            'Attempting to Copy file "NOTES.md" that is excluded by .dockerignore. The default build (target "stage-1") skips stage "docs", so BuildKit does not check it here; a build with --target docs would report this',
        },
      ],
    },
  ],
});
