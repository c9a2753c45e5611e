import { ignoreMatcher } from '../dockerignore';
import { defineRule } from '../types';
import { bit, eachOfKinds, Kind } from './support/file-index';
import { at, onFirstLine } from './support/ranges';
import { copySources, isRemote } from './support/sources';
import { plain } from './support/words';

/**
 * COPY or ADD of a build-context path that `.dockerignore` excludes, so the build cannot find it:
 * mirrors BuildKit's experimental CopyIgnoredFile, which runs only when
 * `# check=experimental=CopyIgnoredFile` asks for it and a `.dockerignore` is given.
 */
export const copyIgnoredFile = defineRule({
  meta: {
    id: 'copy-ignored-file',
    severity: 'warning',
    description: 'COPY and ADD cannot read files that .dockerignore leaves out of the context',
    docs: 'https://docs.docker.com/go/dockerfile/rule/copy-ignored-file/',
    buildkit: 'CopyIgnoredFile',
    experimental: true,
  },
  check({ file, model, options, report }) {
    if (options.dockerignore === undefined) return;
    const matcher = ignoreMatcher(options.dockerignore);
    if (!matcher) return;
    const escape = file.escape.charCodeAt(0);
    eachOfKinds(model, bit(Kind.COPY) | bit(Kind.ADD), (ins) => {
      // --from reads a stage, an image or a named context: .dockerignore is not applied there
      if (ins.flags.some((f) => f.name === 'from')) return;
      const cmd = ins.keyword === 'ADD' ? 'Add' : 'Copy';
      for (const { value: src, range } of copySources(ins)) {
        // downloads are not read from the context; a variable, quotes or an escape are read later
        if (isRemote(src) || (ins.json ? src.includes('$') : !plain(src, escape))) continue;
        if (!matcher.excludes(src)) continue;
        report(
          at(onFirstLine(ins, range), {
            message: `Attempting to ${cmd} file "${src}" that is excluded by .dockerignore`,
          }),
        );
      }
    });
  },
});
