import { ruleTester } from '../testing/rule-tester';

ruleTester('pip-no-cache-dir', {
  valid: [
    'FROM python\nRUN pip install --no-cache-dir flask\n',
    'FROM python\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n',
    'FROM python\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n',
    'FROM python\nRUN pip freeze\n',
    'FROM python AS build\nRUN pip install flask\nFROM python:slim\nCOPY --from=build /usr/local /usr/local\n',
  ],
  invalid: [
    {
      code: 'FROM python\nRUN <<EOT\npip install flask\nEOT\n',
      errors: [{ line: 2, column: 1, endColumn: 4 }],
    },
    {
      code: 'FROM python\nRUN pip install flask\n',
      errors: [{ line: 2, column: 5, endColumn: 16, severity: 'info' }],
    },
    {
      code: 'FROM python\nRUN python3 -m pip install -r requirements.txt\n',
      errors: [{ line: 2, column: 5, endColumn: 27 }],
    },
    {
      code: 'FROM python\nRUN pip3 install --upgrade pip && pip3 install -e .\n',
      errors: [
        { line: 2, column: 5 },
        { line: 2, column: 35 },
      ],
    },
  ],
});
