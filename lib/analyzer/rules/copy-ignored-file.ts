import { ignoreMatcher } from '../dockerignore';
import { defineRule, type Instruction, type Range } from '../types';
import { bit, eachOfKinds, Kind } from './support/file-index';
import { at, onFirstLine } from './support/ranges';
import { plain } from './support/words';

/** A source BuildKit fetches itself rather than reading from the context: a URL or a git remote. */
function isRemote(src: string): boolean {
  return src.includes('://') || src.startsWith('git@');
}

/**
 * The sources of a COPY/ADD as BuildKit reads them, with where they are written; sources the
 * lexer would still change (a variable, quotes, an escape) are left out, as they are read later.
 */
function sourcesOf(ins: Instruction, escape: number): { src: string; range: Range }[] {
  if (ins.json) {
    const range = ins.argsRange ?? ins.keywordRange;
    return ins.json
      .slice(0, -1)
      .filter((src) => !src.includes('$'))
      .map((src) => ({ src, range }));
  }
  return ins.args
    .slice(0, -1)
    .filter((w) => plain(w.value, escape))
    .map((w) => ({ src: w.value, range: w.range }));
}

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
      for (const { src, range } of sourcesOf(ins, escape)) {
        // here-documents and downloads are not read from the context
        if (src.startsWith('<<') || isRemote(src)) continue;
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
