import { ruleTester } from '../testing/rule-tester';

const msg = (k: string) =>
  `Multiple ${k} instructions should not be used in the same stage because only the last one will be used`;

ruleTester('multiple-instructions-disallowed', {
  valid: [
    'FROM alpine\nENTRYPOINT ["/app"]\nCMD ["--help"]\nHEALTHCHECK CMD ["/probe"]\n',
    // A stage built FROM another starts with its own CMD/ENTRYPOINT/HEALTHCHECK count.
    'FROM scratch AS a\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\n\nFROM a AS b\nENTRYPOINT ["/other"]\nCMD ["/other"]\n',
    'FROM alpine AS a\nCMD ["a"]\nFROM alpine AS b\nCMD ["b"]\n',
  ],
  invalid: [
    {
      name: 'reported on the earlier instruction, the one that is ignored',
      code: '\nFROM scratch\nENTRYPOINT ["/myapp"]\nENTRYPOINT ["/myotherapp"]\nCMD ["/myapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n',
      errors: [
        { line: 3, column: 1, endColumn: 11, message: msg('ENTRYPOINT') },
        { line: 5, column: 1, message: msg('CMD') },
        { line: 7, column: 1, message: msg('HEALTHCHECK') },
      ],
    },
    {
      name: 'still reported when other instructions sit between',
      code: 'FROM scratch\nCMD ["/a"]\nCOPY <<EOF /a.txt\nHello\nEOF\nCMD ["/b"]\n',
      errors: [{ line: 2, column: 1, message: msg('CMD') }],
    },
    {
      name: 'three in a row: the first two are ignored',
      code: 'FROM debian\nCMD first\nCMD second\ncmd third\n',
      errors: [
        { line: 2, column: 1, message: msg('CMD') },
        { line: 3, column: 1, message: msg('cmd') },
      ],
    },
  ],
});
