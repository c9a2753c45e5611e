/**
 * The hostile inputs of issue 20, which once hung the analyzer, overflowed its stack or ran it out
 * of memory; `npm run bench` times analyze() on each, and pathological.test.ts runs the same shapes.
 */

/** One hostile input, named for the report. */
export interface PathologicalInput {
  name: string;
  source: string;
}

const patternValue = (length: number) => `ARG V=${'a'.repeat(length)}\n`;

/** The shapes, at the sizes the issue reported (and a 4 MiB file, the largest analyze() reads). */
export function pathologicalInputs(): PathologicalInput[] {
  const large = 'FROM alpine:3.20 AS build\nRUN apk add --no-cache curl && rm -rf /tmp/*\n';
  return [
    {
      name: 'ONBUILD nested 4,000 deep',
      source: 'FROM alpine:3.20\n' + 'ONBUILD '.repeat(4000) + 'RUN true\n',
    },
    {
      name: '${A:-…} nested 3,000 deep',
      source: `FROM ${'${A:-'.repeat(3000)}alpine:3.20${'}'.repeat(3000)}\n`,
    },
    {
      name: '${V##*a*a*a*b}, 100-char value',
      source: patternValue(100) + 'FROM alpine:${V##*a*a*a*b}\n',
    },
    {
      name: '${V%%b*a*a*a*}, 200-char value',
      source: patternValue(200) + 'FROM alpine:${V%%b*a*a*a*}\n',
    },
    {
      name: '${V//*a*a*a*b/x}, 200-char value',
      source: patternValue(200) + 'FROM alpine:${V//*a*a*a*b/x}\n',
    },
    {
      name: '${V//x/y}, 32 KB value',
      source: `ARG V=${'x'.repeat(32_768)}\nFROM alpine:\${V//x/y}\n`,
    },
    { name: '4 MiB file', source: large.repeat(Math.floor((4 * 1024 * 1024) / large.length)) },
  ];
}
