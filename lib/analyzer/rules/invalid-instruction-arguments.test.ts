import { ruleTester } from '../testing/rule-tester';

ruleTester('invalid-instruction-arguments', {
  valid: [
    'FROM alpine:3.20\nARG A B=1\nENV A=1\nLABEL a=b\nEXPOSE 80\nVOLUME /data\nWORKDIR /app\nUSER app\nSTOPSIGNAL SIGTERM\nSHELL ["/bin/sh", "-c"]\nCOPY a b\nADD a b\nONBUILD RUN true\nCMD\n',
    // BuildKit splits COPY on whitespace, quotes or not: two arguments
    'FROM alpine:3.20\nCOPY "a b"\n',
    'FROM alpine:3.20\nCOPY <<EOF /app/conf\nhello\nEOF\n',
    'FROM alpine:3.20\nCOPY ["a", "b"]\n',
    // the legacy form: the value may hold anything, `=` included
    'FROM alpine:3.20\nENV A =b\n',
  ],
  invalid: [
    {
      name: 'a COPY without a destination',
      code: 'FROM alpine:3.20\nCOPY app.conf\nADD ["x"]\n',
      errors: [
        {
          line: 2,
          column: 6,
          endColumn: 14,
          message:
            'COPY requires at least two arguments, but only one was provided. Destination could not be determined',
          severity: 'error',
        },
        { line: 3, column: 5 },
      ],
    },
    {
      name: 'instructions with nothing after the keyword',
      code: 'FROM alpine:3.20\nENV\nlabel\nARG\nEXPOSE\nVOLUME\nWORKDIR\nUSER\nSTOPSIGNAL\nMAINTAINER\nONBUILD\n',
      errors: [
        { line: 2, column: 1, endColumn: 4, message: 'ENV requires at least one argument' },
        { line: 3, column: 1, message: 'LABEL requires at least one argument' },
        { line: 4, column: 1, message: 'ARG requires at least one argument' },
        { line: 5, column: 1, message: 'EXPOSE requires at least one argument' },
        { line: 6, column: 1, message: 'VOLUME requires at least one argument' },
        { line: 7, column: 1, message: 'WORKDIR requires exactly one argument' },
        { line: 8, column: 1, message: 'USER requires exactly one argument' },
        { line: 9, column: 1, message: 'STOPSIGNAL requires exactly one argument' },
        { line: 10, column: 1, message: 'MAINTAINER requires exactly one argument' },
        { line: 11, column: 1, message: 'ONBUILD requires at least one argument' },
      ],
    },
    {
      name: 'a heredoc as the destination',
      code: 'FROM alpine:3.20\nCOPY <<A <<B\na\nA\nb\nB\n',
      errors: [{ line: 2, column: 10, message: 'COPY cannot accept a heredoc as a destination' }],
    },
    {
      name: 'SHELL in shell form, or an empty array',
      code: 'FROM alpine:3.20\nSHELL /bin/bash -c\nSHELL []\n',
      errors: [
        { line: 2, column: 7, message: 'SHELL requires the arguments to be in JSON form' },
        { line: 3, column: 7, message: 'SHELL requires at least one argument' },
      ],
    },
    {
      name: 'an empty VOLUME path and blank ARG, ENV and LABEL names',
      code: 'ARG =1\nFROM alpine:3.20\nVOLUME ["/data", " "]\nENV A=1 =2\nLABEL =x\n',
      errors: [
        { line: 1, column: 5, message: 'ARG names can not be blank' },
        { line: 3, column: 8, message: 'VOLUME specified can not be an empty string' },
        { line: 4, column: 9, message: 'ENV names can not be blank' },
        { line: 5, column: 7, message: 'LABEL names can not be blank' },
      ],
    },
    {
      name: 'triggers ONBUILD refuses',
      code: 'FROM alpine:3.20\nONBUILD FROM alpine\nonbuild onbuild RUN true\nONBUILD MAINTAINER me\n',
      errors: [
        { line: 2, column: 9, endColumn: 13, message: "FROM isn't allowed as an ONBUILD trigger" },
        { line: 3, column: 9, message: "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed" },
        { line: 4, column: 9, message: "MAINTAINER isn't allowed as an ONBUILD trigger" },
      ],
    },
  ],
});
