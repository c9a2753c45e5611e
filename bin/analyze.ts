/**
 * `npm run --silent analyze -- [--json] [--target NAME] [--build-arg KEY=VALUE]...
 * [--build-context NAME=SOURCE]... [--dockerignore FILE] FILE...`: the
 * analyzer on the command line. Exit 0 without error diagnostics, 1 with any, 2 for usage or I/O problems.
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyze, MAX_SOURCE_LENGTH } from '../lib/analyzer/index';
import {
  describeEstimate,
  describeLargestLayers,
  describeSaving,
} from '../lib/analyzer/size/format';
import type { Analysis, AnalyzeOptions } from '../lib/analyzer/index';

const USAGE = `usage: npm run --silent analyze -- [--json] [--target NAME] [--build-arg KEY=VALUE]... [--build-context NAME=SOURCE]... [--dockerignore FILE] FILE...

Analyzes Dockerfiles the way BuildKit reads them: stages, the build target,
diagnostics and a size estimate. Use - to read standard input.

  --json         print one JSON object per file (an array with a "file" field
                 each when several files are given)
  --target NAME  analyze as for docker build --target NAME
  --build-arg KEY=VALUE
                 as docker build --build-arg; repeatable. Sets ARG values seen
                 by FROM, and BUILDKIT_DOCKERFILE_CHECK=skip=…;error=… replaces
                 the file's # check= directive
  --build-context NAME=SOURCE
                 as docker buildx build --build-context; repeatable. A FROM,
                 --from or from= naming NAME reads that context: no
                 missing-stage error, no image pull, no tag advice
  --dockerignore FILE
                 the build context's .dockerignore, for the CopyIgnoredFile
                 check. By default, as docker build finds it when the context
                 is the Dockerfile's folder: <Dockerfile>.dockerignore beside
                 it, else .dockerignore there
  -h, --help     show this help

Without --json, prints "file:line:column severity rule message" lines, and
the target's size estimate (uncompressed) on standard error.
Files over ${MAX_SOURCE_LENGTH} bytes (4 MiB) are refused, with status 2.
Exit status: 0 no errors, 1 error diagnostics found, 2 usage or I/O problem.`;

interface Args {
  json: boolean;
  target?: string;
  buildArgs: Record<string, string>;
  buildContexts: Record<string, string>;
  dockerignore?: string;
  files: string[];
}

function parseArgs(argv: string[]): Args | string {
  // no prototype, so a key such as __proto__ is stored like any other
  const args: Args = {
    json: false,
    buildArgs: Object.create(null) as Record<string, string>,
    buildContexts: Object.create(null) as Record<string, string>,
    files: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') args.json = true;
    else if (a === '--target' || a.startsWith('--target=')) {
      const v = a === '--target' ? argv[++i] : a.slice('--target='.length);
      if (v === undefined || v === '') return '--target needs a stage name';
      args.target = v;
    } else if (a === '--build-arg' || a.startsWith('--build-arg=')) {
      const v = a === '--build-arg' ? argv[++i] : a.slice('--build-arg='.length);
      const eq = v === undefined ? -1 : v.indexOf('=');
      if (v === undefined || eq <= 0) return '--build-arg needs KEY=VALUE';
      // as in docker build, a later value for the same key wins
      args.buildArgs[v.slice(0, eq)] = v.slice(eq + 1);
    } else if (a === '--build-context' || a.startsWith('--build-context=')) {
      const v = a === '--build-context' ? argv[++i] : a.slice('--build-context='.length);
      const eq = v === undefined ? -1 : v.indexOf('=');
      if (v === undefined || eq <= 0) return '--build-context needs NAME=SOURCE';
      args.buildContexts[v.slice(0, eq)] = v.slice(eq + 1);
    } else if (a === '--dockerignore' || a.startsWith('--dockerignore=')) {
      const v = a === '--dockerignore' ? argv[++i] : a.slice('--dockerignore='.length);
      if (v === undefined || v === '') return '--dockerignore needs a file';
      args.dockerignore = v;
    } else if (a === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else args.files.push(a);
  }
  if (args.files.length === 0) return 'no Dockerfile given';
  return args;
}

/** Thrown for a file over the size limit, before its text is read. */
class TooLarge extends Error {}

/**
 * The file's text. A regular file over MAX_SOURCE_LENGTH bytes is refused from its size alone: a
 * 50 MB file once ran the analysis out of memory after three minutes.
 */
function read(file: string): string {
  if (file === '-') return checkedLength(readFileSync(0, 'utf8'));
  const descriptor = openSync(file, 'r');
  try {
    const stats = fstatSync(descriptor);
    if (stats.isFile() && stats.size > MAX_SOURCE_LENGTH) throw new TooLarge(`${stats.size} bytes`);
    return checkedLength(readFileSync(descriptor, 'utf8'));
  } finally {
    closeSync(descriptor);
  }
}

/** `text`, unless it is longer than the analyzer reads (a pipe or device has no size to check). */
function checkedLength(text: string): string {
  if (text.length > MAX_SOURCE_LENGTH) throw new TooLarge(`${text.length} characters`);
  return text;
}

/** The .dockerignore docker build would use for `file` with its folder as the context, if any. */
function dockerignoreBeside(file: string): string | undefined {
  if (file === '-') return undefined;
  for (const candidate of [`${file}.dockerignore`, join(dirname(file), '.dockerignore')]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Why `file` cannot be read, in a few words. */
function whyUnreadable(e: unknown): string {
  if (e instanceof TooLarge) {
    return `it is ${e.message}, over the limit of ${MAX_SOURCE_LENGTH} bytes (4 MiB)`;
  }
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EISDIR'
      ? 'is a directory'
      : String((e as Error).message);
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`analyze: ${args}\n${USAGE}\n`);
    return 2;
  }
  let ioProblem = false;
  let errors = false;
  const results: (Analysis & { file: string })[] = [];
  for (const file of args.files) {
    let source: string;
    try {
      source = read(file);
    } catch (e) {
      process.stderr.write(`analyze: cannot read ${file}: ${whyUnreadable(e)}\n`);
      ioProblem = true;
      continue;
    }
    const options: AnalyzeOptions = {};
    if (args.target !== undefined) options.target = args.target;
    if (Object.keys(args.buildArgs).length > 0) options.buildArgs = args.buildArgs;
    if (Object.keys(args.buildContexts).length > 0) options.buildContexts = args.buildContexts;
    const ignoreFile = args.dockerignore ?? dockerignoreBeside(file);
    if (ignoreFile !== undefined) {
      try {
        options.dockerignore = read(ignoreFile);
      } catch (e) {
        process.stderr.write(`analyze: cannot read ${ignoreFile}: ${whyUnreadable(e)}\n`);
        ioProblem = true;
        continue;
      }
    }
    const analysis = analyze(source, options);
    if (analysis.diagnostics.some((d) => d.severity === 'error')) errors = true;
    results.push({ file, ...analysis });
  }
  if (args.json) {
    const out = args.files.length === 1 ? results[0] : results;
    if (out !== undefined) process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    const lines: string[] = [];
    for (const r of results) {
      for (const d of r.diagnostics) {
        lines.push(`${r.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`);
      }
    }
    if (lines.length) process.stdout.write(lines.join('\n') + '\n');
    // Sizes go to stderr so stdout stays one diagnostic per line for editors and scripts.
    for (const r of results) {
      if (r.target < 0) continue;
      const saving = describeSaving(r.size);
      process.stderr.write(
        `${r.file}: image size ${describeEstimate(r.size)}${saving ? `; ${saving}` : ''}\n`,
      );
      // what the figure rests on: the base and the largest layers, with reasons and sources
      for (const line of describeLargestLayers(r.size)) process.stderr.write(`  ${line}\n`);
    }
  }
  return ioProblem ? 2 : errors ? 1 : 0;
}

// A reader that stops early (`| head`) closes the pipe: the rest of the output is unwanted, not
// an error, so leave quietly with the status already decided instead of a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit();
  });
}
process.exitCode = main(process.argv.slice(2));
