import { ruleTester } from '../testing/rule-tester';

ruleTester('workdir-relative-path', {
  valid: [
    'FROM scratch\nWORKDIR /app\n',
    // Only the first WORKDIR of a stage chain is checked.
    'FROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n',
    'FROM alpine\nWORKDIR /app\nWORKDIR src\n',
    'FROM alpine\nENV APP=/srv/app\nWORKDIR $APP\n',
    // The value may come from an unknown base image's env.
    'FROM example.com/team/base:1\nWORKDIR $APP_HOME\n',
  ],
  invalid: [
    {
      code: '\nFROM scratch\nWORKDIR app/\n',
      errors: [
        {
          line: 3,
          column: 9,
          endColumn: 13,
          message: 'Relative workdir "app/" can have unexpected results if the base image changes',
        },
      ],
    },
    {
      name: 'the message shows the expanded path',
      code: 'FROM alpine\nARG DIR=src\nWORKDIR ${DIR}/app\n',
      errors: [
        {
          line: 3,
          column: 9,
          message:
            'Relative workdir "src/app" can have unexpected results if the base image changes',
        },
      ],
    },
    {
      name: 'HOME is not in the alpine image config, so it expands to nothing',
      code: 'FROM alpine\nWORKDIR $HOME\n',
      errors: [
        {
          line: 2,
          column: 9,
          message: 'Relative workdir "" can have unexpected results if the base image changes',
        },
      ],
    },
    {
      name: 'each stage from an image starts afresh',
      code: 'FROM alpine AS a\nWORKDIR /a\nFROM alpine\nWORKDIR b\n',
      errors: [{ line: 4, column: 9 }],
    },
  ],
});
