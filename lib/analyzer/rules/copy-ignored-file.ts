import { cleanPath, ignoreMatcher } from '../dockerignore';
import { defineRule } from '../types';
import { bit, eachOfKinds, Kind } from './support/file-index';
import { at, onFirstLine } from './support/ranges';
import { copySources, isRemote } from './support/sources';
import { plain } from './support/words';

/**
 * COPY or ADD of a build-context path that `.dockerignore` excludes, so the build cannot find it:
 * BuildKit's CopyIgnoredFile, on by default since Dockerfile frontend 1.21 (moby/buildkit commit
 * 4187c344c, "dockerfile: promote experimental linter rule"). It mirrors validateCopySourcePath
 * (dockerfile2llb/validations.go:34-68 at 73ed6825c4b7569379ef89df0aedcdbe64473d31): no check at
 * all when the ignore file has a `!` exception, and `.` or `/` only when a pattern is exactly
 * `*`, `**` or `**` + `/*`.
 */
export const copyIgnoredFile = defineRule({
  meta: {
    id: 'copy-ignored-file',
    severity: 'warning',
    description: 'COPY and ADD cannot read files that .dockerignore leaves out of the context',
    docs: 'https://docs.docker.com/go/dockerfile/rule/copy-ignored-file/',
    buildkit: 'CopyIgnoredFile',
    // dispatchCopy runs the check (convert_copy.go:229), only for stages the build dispatches
    // (convert.go:780)
    raisedAt: 'dispatch',
  },
  check({ file, model, options, report }) {
    if (options.dockerignore === undefined) return;
    const matcher = ignoreMatcher(options.dockerignore);
    // exceptions are "too difficult to statically determine", so BuildKit checks nothing then
    if (!matcher || matcher.hasExceptions) return;
    const escape = file.escape.charCodeAt(0);
    eachOfKinds(model, bit(Kind.COPY) | bit(Kind.ADD), (ins) => {
      // --from reads a stage, an image or a named context: .dockerignore is not applied there
      if (ins.flags.some((f) => f.name === 'from')) return;
      const cmd = ins.keyword === 'ADD' ? 'Add' : 'Copy';
      for (const { value, range } of copySources(ins)) {
        // downloads are not read from the context; a variable, quotes or an escape are read later
        if (isRemote(value) || (ins.json ? value.includes('$') : !plain(value, escape))) continue;
        const source = cleanPath(value);
        // the context root is flagged only when a pattern leaves out every root entry
        if ((source === '.' || source === '/') && !matcher.ignoresRoot) continue;
        if (!matcher.excludes(source)) continue;
        report(
          at(onFirstLine(ins, range), {
            message: `Attempting to ${cmd} file "${source}" that is excluded by .dockerignore`,
          }),
        );
      }
    });
  },
});
