import { parseImageRef } from '../image-ref';
import { defineRule } from '../types';
import { at } from './support/ranges';

const FRONTEND = 'docker/dockerfile:1';

/**
 * A `# syntax=` value with no `/` names an official Docker Hub image (`foobar` means
 * `docker.io/library/foobar:latest`), and none of those is a Dockerfile frontend, so BuildKit
 * fails resolving it before it reads a single instruction.
 */
export const invalidSyntaxDirective = defineRule({
  meta: {
    id: 'invalid-syntax-directive',
    severity: 'error',
    description: 'a # syntax= directive that names no Dockerfile frontend image',
    docs: 'https://docs.docker.com/reference/dockerfile/#syntax',
    // BuildKit raises this for every stage, needed or not: the syntax directive is read before the file is parsed (convert.go:255)
    raisedAt: 'validation',
  },
  check({ file, options, report }) {
    // the BUILDKIT_SYNTAX build arg picks the frontend instead, and the directive is not read
    const args = options.buildArgs;
    if (args && Object.prototype.hasOwnProperty.call(args, 'BUILDKIT_SYNTAX')) return;
    const directive = file.directives.find((d) => d.name === 'syntax');
    if (!directive?.valueRange) return;
    // BuildKit takes the image up to the first space; the rest is the frontend's command line
    const lead = directive.value.length - directive.value.trimStart().length;
    const ref = directive.value.trimStart().split(/\s/)[0] ?? '';
    if (ref === '' || ref.includes('/')) return;
    const column = directive.valueRange.column + lead;
    const image = parseImageRef(ref);
    const what = image.ok
      ? `names the image ${image.normalized}, which is no Dockerfile frontend, so BuildKit fails resolving it`
      : `is no valid image reference (${image.error})`;
    report(
      at(directive.range, {
        message: `# syntax=${ref} ${what}; the official frontend is ${FRONTEND}`,
        suggestion: FRONTEND,
        fix: {
          line: directive.valueRange.line,
          column,
          endLine: directive.valueRange.line,
          endColumn: column + ref.length,
          text: FRONTEND,
        },
      }),
    );
  },
});
