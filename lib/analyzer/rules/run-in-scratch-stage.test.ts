import { ruleTester } from '../testing/rule-tester';

const SHELL_WARNING = 'scratch has no /bin/sh; this RUN works only if you copied a shell in';

ruleTester('run-in-scratch-stage', {
  valid: [
    'FROM alpine:3.20\nRUN echo hi\n',
    // exec form after the binary was copied in
    'FROM scratch\nCOPY --from=busybox:1.36 /bin/busybox /busybox\nRUN ["/busybox", "true"]\n',
    // files copied in a stage it is built FROM count too
    'FROM scratch AS base\nCOPY app /app\nFROM base\nRUN ["/app", "--selftest"]\n',
    // ONBUILD COPY in the base runs in the stage built FROM it
    'FROM scratch AS base\nONBUILD COPY tools /bin/\nFROM base\nRUN ["/bin/tool"]\n',
    // a bind mount brings the program for this RUN
    'FROM scratch\nRUN --mount=from=busybox:1.36,src=/bin,target=/bin ["/bin/busybox", "true"]\n',
    // a SHELL instruction names the shell that was copied in
    'FROM scratch\nCOPY --from=busybox:1.36 /bin/busybox /bin/busybox\nSHELL ["/bin/busybox", "sh", "-c"]\nRUN echo hi\n',
    // a stage built FROM a stage that is built FROM an image
    'FROM alpine:3.20 AS base\nFROM base\nRUN echo hi\n',
    // RUN inside ONBUILD runs in the stages built FROM this one, not here
    'FROM scratch\nONBUILD RUN echo hi\n',
    // COPY after the RUN does not help it, but no RUN here at all
    'FROM scratch\nCOPY app /app\nCMD ["/app"]\n',
  ],
  invalid: [
    {
      name: 'in a stage the default build skips: the RUN never executes, so a warning',
      code: 'FROM scratch AS empty\nRUN true\nFROM alpine:3.20\n',
      errors: [{ line: 2, column: 1, severity: 'warning' }],
    },
    {
      name: 'shell form, continued over two lines (BuildKit errors-invalidmultiline)',
      code: 'from scratch\nrun wh\\\nat\nenv bar=baz',
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 3,
          endColumn: 3,
          severity: 'error',
          message:
            'this RUN fails: the stage is built FROM scratch, which is empty, so there is no /bin/sh and no programs at all; COPY in what it needs first, or start FROM a small base image such as alpine',
        },
      ],
    },
    {
      name: 'exec form with nothing copied in',
      code: 'FROM scratch\nRUN ["/app", "--migrate"]\n',
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 26,
          severity: 'error',
          message:
            'this RUN fails: the stage is built FROM scratch, which is empty, so there is no "/app" to run; COPY in what it needs first, or start FROM a small base image such as alpine',
        },
      ],
    },
    {
      name: 'through a chain of stages, and a COPY after the RUN comes too late',
      code: 'FROM scratch AS a\nFROM a AS b\nWORKDIR /app\nRUN make\nCOPY . .\nRUN ["/app/x"]\n',
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 9, severity: 'error' }],
    },
    {
      name: 'shell form after a COPY: a warning, as it works only with a copied-in /bin/sh',
      code: 'FROM scratch\nCOPY --from=busybox:1.36 /bin/busybox /bin/sh\nRUN echo hi\n',
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 12,
          severity: 'warning',
          message: SHELL_WARNING,
        },
      ],
    },
    {
      name: 'a SHELL with nothing copied in still has no program to run',
      code: 'FROM scratch\nSHELL ["/busybox/sh", "-c"]\nRUN echo hi\n',
      errors: [
        {
          line: 3,
          column: 1,
          severity: 'error',
          message:
            'this RUN fails: the stage is built FROM scratch, which is empty, so there is no /busybox/sh and no programs at all; COPY in what it needs first, or start FROM a small base image such as alpine',
        },
      ],
    },
    {
      name: 'every RUN of an empty scratch stage, heredoc included',
      code: 'FROM scratch AS out\nRUN <<EOF\necho hi\nEOF\nRUN ["true"]\n',
      errors: [
        { line: 2, column: 1, endLine: 4, severity: 'error' },
        { line: 5, column: 1, endLine: 5, endColumn: 13, severity: 'error' },
      ],
    },
  ],
});
