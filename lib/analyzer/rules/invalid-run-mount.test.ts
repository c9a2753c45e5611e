import { ruleTester } from '../testing/rule-tester';

ruleTester('invalid-run-mount', {
  valid: [
    'FROM alpine:3.20 AS b\nFROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache/go-build,sharing=locked,id=go,uid=0,mode=0755 \\\n  --mount=type=bind,from=b,source=/x,target=/y,rw \\\n  --mount=type=secret,id=npmrc,target=/root/.npmrc,required \\\n  --mount=type=ssh,required=true --mount=type=tmpfs,target=/tmp,size=64m true\n',
    // keys and types are read case-insensitively; variables are judged when the stage is built
    'FROM alpine:3.20\nARG T=cache\nRUN --mount=Type=CACHE,Target=/c --mount=type=$T,target=/d true\n',
    'FROM alpine:3.20\nRUN --mount=target=/src true\n',
    // a secret read into an environment variable (Dockerfile 1.10+)
    'FROM alpine:3.20\nRUN --mount=type=secret,id=aws,env=AWS_ACCESS_KEY_ID aws s3 ls\n',
  ],
  invalid: [
    {
      name: 'in a stage the default build skips: fields are read only when the RUN is dispatched',
      code: 'FROM alpine:3.20 AS tools\nRUN --mount=type=cahce,target=/c true\nFROM alpine:3.20\n',
      errors: [{ line: 2, column: 13, severity: 'warning' }],
    },
    {
      name: 'a misspelt type, key or sharing mode, with what was meant',
      code: 'FROM alpine:3.20\nRUN --mount=type=cahce,target=/c true\nRUN --mount=type=cache,taget=/c true\nRUN --mount=type=cache,target=/c,sharing=lock true\n',
      errors: [
        {
          line: 2,
          column: 13,
          endColumn: 23,
          message: 'unsupported mount type "cahce" (did you mean cache?)',
          severity: 'error',
        },
        {
          line: 3,
          column: 24,
          endColumn: 32,
          message: "unexpected key 'taget' in 'taget=/c' (did you mean target?)",
        },
        { line: 4, column: 34, message: 'unsupported sharing value "lock" (did you mean locked?)' },
      ],
    },
    {
      name: 'options the type does not take',
      code: 'FROM alpine:3.20\nRUN --mount=type=bind,uid=1000 true\nRUN --mount=type=bind,sharing=locked true\nRUN --mount=type=cache,target=/c,size=1g true\nRUN --mount=required true\nRUN --mount=type=tmpfs,target=/t,uid=0,mode=0700 true\n',
      errors: [
        { line: 2, column: 13, message: 'uid not allowed for "bind" type mounts' },
        { line: 3, column: 13, message: 'invalid cache sharing set for bind mount' },
        { line: 4, column: 34, message: "unexpected key 'size' for mount type 'cache'" },
        { line: 5, column: 13, message: "unexpected key 'required' for mount type 'bind'" },
        // BuildKit asks about mode before uid, whatever the order of the fields
        { line: 6, column: 13, message: 'mode not allowed for "tmpfs" type mounts' },
      ],
    },
    {
      name: 'values of the wrong kind, a field that is no key=value pair',
      code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/c,mode=999 true\nRUN --mount=type=bind,ro=yes true\nRUN --mount=type=cache,nocache true\n',
      errors: [
        { line: 2, column: 34, message: 'invalid value 999 for mode' },
        { line: 3, column: 23, message: 'invalid value for ro: yes' },
        { line: 4, column: 24, message: "invalid field 'nocache' must be a key=value pair" },
      ],
    },
    {
      name: 'secret mounts',
      code: 'FROM alpine:3.20 AS b\nFROM alpine:3.20\nRUN --mount=type=secret true\nRUN --mount=type=secret,id=a,source=/s true\nRUN --mount=type=secret,id=a,from=b true\n',
      errors: [
        { line: 3, column: 13, message: 'invalid secret mount. one of source, target required' },
        { line: 4, column: 13, message: "both source and id can't be set" },
        { line: 5, column: 13, message: 'secret mount should not have a from' },
      ],
    },
  ],
});
