import { ruleTester } from '../testing/rule-tester';

ruleTester('invalid-expose-port', {
  valid: [
    'FROM nginx:1.27-alpine\nEXPOSE 80 443/tcp 53/UDP 9000-9010/sctp "8080"\n',
    // host mappings are only a build-check warning (expose-invalid-format), not an error
    'FROM nginx:1.27-alpine\nEXPOSE 127.0.0.1:8080:80 8000-8001:80\n',
    // a variable is expanded when the stage is built
    'FROM nginx:1.27-alpine\nARG PORT=8080\nEXPOSE $PORT/tcp\n',
  ],
  invalid: [
    {
      name: 'in a stage the default build skips: dispatchExpose never runs, so a warning',
      code: 'FROM nginx:1.27-alpine AS web\nEXPOSE 80/tpc\nFROM alpine:3.20\n',
      errors: [
        {
          line: 2,
          column: 8,
          endColumn: 14,
          severity: 'warning',
          message:
            'invalid proto: tpc. The default build (target "stage-1") skips stage "web", so it does not fail here; a build with --target web would fail',
        },
      ],
    },
    {
      name: 'a misspelt protocol',
      code: 'FROM nginx:1.27-alpine\nEXPOSE 80/tpc\n',
      errors: [
        { line: 2, column: 8, endColumn: 14, message: 'invalid proto: tpc', severity: 'error' },
      ],
    },
    {
      name: 'ports that are no number up to 65535, a reversed range, no port at all',
      code: 'FROM nginx:1.27-alpine\nEXPOSE 70000\nEXPOSE 80 http\nEXPOSE 9000-8000\nEXPOSE /tcp\n',
      errors: [
        { line: 2, column: 8, message: 'invalid containerPort: 70000' },
        { line: 3, column: 11, message: 'invalid containerPort: http' },
        { line: 4, column: 8, message: 'invalid containerPort: 9000-8000' },
        { line: 5, column: 8, message: 'invalid proto: ' },
      ],
    },
    {
      name: 'host ports BuildKit cannot pair with the container ports',
      code: 'FROM nginx:1.27-alpine\nEXPOSE 8o8o:80\nEXPOSE 8080:80-81\n',
      errors: [
        { line: 2, column: 8, message: 'invalid hostPort: 8o8o' },
        {
          line: 3,
          column: 8,
          message: 'invalid ranges specified for container and host Ports: 80-81 and 8080',
        },
      ],
    },
    {
      name: 'only the first bad port of an EXPOSE, where BuildKit stops',
      code: 'FROM nginx:1.27-alpine\nEXPOSE 80/tpc 99999\n',
      errors: [{ line: 2, column: 8, message: 'invalid proto: tpc' }],
    },
  ],
});
