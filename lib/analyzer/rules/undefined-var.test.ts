import { ruleTester } from '../testing/rule-tester';

const msg = (name: string, suggestion?: string) =>
  `Usage of undefined variable '$${name}'${suggestion ? ` (did you mean $${suggestion}?)` : ''}`;

ruleTester('undefined-var', {
  valid: [
    'FROM alpine AS base\nARG foo\nCOPY $foo .\n',
    'FROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n',
    // An ARG with a default in the base stage is in the env of stages built FROM it.
    'FROM alpine AS base\nARG foo=Dockerfile\n\nFROM base\nCOPY $foo .\n',
    // RUN, CMD and ENTRYPOINT are expanded by the shell, not by BuildKit.
    'FROM alpine\nRUN echo $PATH $HOME $UNDEFINED\nCMD echo $X\n',
    'FROM python AS base\nARG VERSION=$PYTHON_VERSION\n',
    'FROM alpine\nENV PATH=$PATH:/app/bin\n',
    // Single quotes and escapes keep `$` literal.
    "FROM alpine\nLABEL a='$nope' b=\\$nope\n",
    // An image whose env we do not know might define anything.
    'FROM example.com/base\nCOPY $FROM_IMAGE /x\n',
    // Image names that are also Object.prototype keys are just unknown images.
    'FROM constructor\nCOPY $FROM_IMAGE /x\n',
    'FROM __proto__\nCOPY $FROM_IMAGE /x\n',
    'FROM alpine\nARG TARGETARCH\nCOPY bin/$TARGETARCH /app\n',
  ],
  invalid: [
    {
      name: 'a stage with no variable still defines names for the stages built FROM it',
      code: 'FROM alpine AS base\nENV FOO=1\nFROM base AS mid\nARG BAR=2\nFROM scratch AS other\nENV X=1\nFROM mid\nCOPY $FOO $BAR $BAZ /x/\n',
      errors: [{ line: 8, column: 16, message: msg('BAZ', 'BAR') }],
    },
    {
      code: 'FROM alpine AS base\nCOPY $foo .\n',
      errors: [{ line: 2, column: 6, endColumn: 10, message: msg('foo') }],
    },
    {
      code: 'FROM alpine AS base\nARG VERSION=$foo\n',
      errors: [{ line: 2, column: 13, message: msg('foo') }],
    },
    {
      name: 'used before its ARG',
      code: '\nFROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n',
      errors: [{ line: 3, column: 6, message: msg('foo') }],
    },
    {
      name: 'did you mean a defined name',
      code: '\nFROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nARG DIR_CONFIG=config/\nCOPY $DIR_ASSET .\n',
      errors: [
        { line: 6, column: 6, message: msg('DIR_ASSET', 'DIR_ASSETS'), suggestion: 'DIR_ASSETS' },
      ],
    },
    {
      name: 'did you mean a base image variable',
      code: '\nFROM alpine\nENV PATH=$PAHT:/tmp/bin\n',
      errors: [{ line: 3, column: 10, message: msg('PAHT', 'PATH') }],
    },
    {
      name: 'ENV pairs are expanded with the env before the instruction',
      code: 'FROM alpine\nENV A=1 B=${A}\n',
      errors: [{ line: 2, column: 11, endColumn: 15, message: msg('A') }],
    },
    {
      name: 'a platform ARG must be declared in the stage',
      code: 'FROM alpine\nCOPY bin/$TARGETARCH /app\n',
      errors: [{ line: 2, column: 10, message: msg('TARGETARCH') }],
    },
    {
      name: 'each stage reports its own',
      code: '\nFROM scratch AS first\nCOPY $foo .\n\nFROM scratch AS second\nCOPY $bar .\n',
      errors: [
        { line: 3, column: 6, message: msg('foo') },
        { line: 6, column: 6, message: msg('bar') },
      ],
    },
    {
      name: 'in WORKDIR, USER and unquoted heredocs of COPY',
      code: 'FROM alpine\nWORKDIR /srv/$app\nUSER $uid\nCOPY <<EOF /greeting\nhello $name\nEOF\n',
      errors: [
        { line: 2, column: 14, message: msg('app') },
        { line: 3, column: 6, message: msg('uid') },
        { line: 4, column: 1, message: msg('name') },
      ],
    },
  ],
});
