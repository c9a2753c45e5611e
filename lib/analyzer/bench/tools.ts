/** The functions the benchmarks time, by name: the analyzer and the two peers it is compared with. */
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { analyze } from '../analyze';
import { parse } from '../parse';

export const benchTools: Record<string, (source: string) => unknown> = {
  analyze: (s) => analyze(s),
  parse: (s) => parse(s),
  'dockerfile-ast': (s) => DockerfileParser.parse(s),
  'dockerfile-utils': (s) => validate(s),
};
