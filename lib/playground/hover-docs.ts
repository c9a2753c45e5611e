/**
 * Hover explanations for Dockerfile instructions and flags, written for learners, plus the pure
 * lookup that finds which one sits under the cursor.
 */

/** One short paragraph per instruction keyword (uppercase). */
export const INSTRUCTION_DOCS: Readonly<Record<string, string>> = {
  FROM: 'Starts a new **stage** from an image or from an earlier stage. `AS name` gives the stage a name that later `FROM` and `COPY --from` can use. A plain build produces the last stage.',
  AS: 'Names the stage so other stages can refer to it. BuildKit compares stage names case-insensitively and recommends lowercase.',
  RUN: 'Runs a command in the stage and saves the result as a new **layer**. Everything it writes (caches, temp files) stays in the image unless it is removed in the same `RUN`.',
  COPY: 'Copies files into the stage. With `--from=<stage>` it copies from another stage instead of the build context: the key move of a multi-stage build.',
  ADD: 'Like `COPY`, but also fetches URLs and unpacks local archives. Prefer `COPY` unless you need those extras.',
  CMD: 'The default command when a container starts. The JSON (exec) form `["app", "--flag"]` runs it directly, so it receives signals; the shell form wraps it in `/bin/sh -c`.',
  ENTRYPOINT:
    'The executable a container always runs; `CMD` then supplies default arguments. Use the JSON form so signals reach your process.',
  ENV: 'Sets an environment variable for later instructions and for the running container. It stays in the image, so never put secrets here.',
  ARG: 'A build-time variable (`--build-arg`). An `ARG` before the first `FROM` can be used in `FROM` lines; inside a stage it must be declared again to be visible.',
  WORKDIR:
    'Sets the working directory for the instructions that follow (and for the container). Creates it if missing.',
  USER: 'Sets the user for later `RUN`, `CMD` and `ENTRYPOINT`. Running as a non-root user shrinks what an attacker gets.',
  EXPOSE: 'Documents the port the app listens on. It publishes nothing by itself.',
  LABEL: 'Adds metadata (key=value) to the image. Costs no layer.',
  VOLUME: 'Marks a path as a volume. Changes a later `RUN` makes under that path are discarded.',
  HEALTHCHECK: 'Tells the engine how to test that the container still works.',
  SHELL: 'Changes the shell used by the shell form of `RUN`, `CMD` and `ENTRYPOINT`.',
  STOPSIGNAL: 'The signal sent to stop the container.',
  ONBUILD:
    'Registers an instruction that runs later, when another Dockerfile uses this image as its base.',
  MAINTAINER: 'Deprecated: use `LABEL org.opencontainers.image.authors=…` instead.',
};

/** Flag explanations, keyed by `KEYWORD --name` or just `--name` when it means the same everywhere. */
export const FLAG_DOCS: Readonly<Record<string, string>> = {
  'COPY --from':
    'Copies from another stage (by name or index) or from an image, instead of the build context. Only the files you name travel; the rest of that stage is left behind.',
  'COPY --chown': 'Sets the owner of the copied files, e.g. `--chown=app:app`.',
  'COPY --chmod':
    'Sets the permissions of the copied files: octal up to 07777 (`--chmod=755`) or symbolic (`--chmod=u+x,go-w`, Dockerfile 1.14+).',
  'COPY --link':
    'Copies into an independent layer, so changing an earlier layer does not invalidate this one.',
  'COPY --parents': 'Keeps the parent directories of the copied files.',
  'COPY --exclude': 'Leaves out files that match the pattern.',
  'ADD --chown': 'Sets the owner of the added files, e.g. `--chown=app:app`.',
  'ADD --chmod':
    'Sets the permissions of the added files: octal up to 07777 (`--chmod=755`) or symbolic (`--chmod=u+x,go-w`, Dockerfile 1.14+).',
  'ADD --link':
    'Adds into an independent layer, so changing an earlier layer does not invalidate this one.',
  'ADD --exclude': 'Leaves out files that match the pattern.',
  'ADD --checksum':
    'Verifies the one URL or git source against this digest, e.g. `--checksum=sha256:` and 64 hex digits; the build fails on a mismatch.',
  'ADD --keep-git-dir': 'Keeps the `.git` folder when adding a Git repository.',
  'ADD --unpack':
    'Whether an archive is unpacked: `--unpack=false` keeps a local `.tar.gz` as one file, `--unpack=true` unpacks a downloaded one.',
  '--platform':
    'Chooses the platform of the image, e.g. `--platform=$BUILDPLATFORM` to build natively and cross-compile.',
  'RUN --mount':
    'Mounts something only while this command runs, so it never lands in a layer: `type=cache` for package caches, `type=secret` for credentials, `type=bind,from=<stage>` for another stage’s files.',
  'RUN --network': 'Network access for this command: `default`, `none` or `host`.',
  'RUN --security': '`insecure` runs the command with extra privileges (needs an entitlement).',
  'RUN --device': 'Makes a host device (a CDI device name) available to this command.',
  'HEALTHCHECK --interval': 'Time between checks.',
  'HEALTHCHECK --timeout': 'How long one check may take.',
  'HEALTHCHECK --start-period': 'Grace period while the app starts.',
  'HEALTHCHECK --start-interval': 'Time between checks during the start period.',
  'HEALTHCHECK --retries': 'Consecutive failures before the container counts as unhealthy.',
};

/** Explanations of `--mount` types, shown when hovering `type=…`. */
export const MOUNT_TYPE_DOCS: Readonly<Record<string, string>> = {
  cache:
    'A cache directory kept between builds (for example the Go module or npm cache). It speeds up rebuilds and never enters the image.',
  secret:
    'A secret file available only during this `RUN` (`docker build --secret id=…`). It leaves no trace in any layer.',
  bind: 'Binds files from the context or another stage (`from=`) read-only for this command.',
  tmpfs: 'A temporary in-memory directory for this command.',
  ssh: 'Forwards the SSH agent for this command, e.g. to clone private repositories.',
};

export interface HoverInfo {
  /** 1-based, end column exclusive */
  line: number;
  column: number;
  endColumn: number;
  markdown: string;
}

const WORD = /[A-Za-z0-9_=$.:/-]+/g;

function wordAt(text: string, column: number): { word: string; start: number } | null {
  for (const m of text.matchAll(WORD)) {
    const start = m.index + 1;
    if (column >= start && column <= start + m[0].length) return { word: m[0], start };
  }
  return null;
}

/** Which instruction a line belongs to, walking back over `\` continuations. */
function instructionOf(lines: readonly string[], index: number): string | null {
  let i = index;
  while (i > 0 && /\\\s*$/.test(lines[i - 1] ?? '')) i--;
  const first = /^\s*([A-Za-z]+)/.exec(lines[i] ?? '')?.[1]?.toUpperCase() ?? null;
  if (first === 'ONBUILD') {
    return /^\s*ONBUILD\s+([A-Za-z]+)/i.exec(lines[i] ?? '')?.[1]?.toUpperCase() ?? first;
  }
  return first;
}

/** The explanation for the instruction, flag or mount type under a 1-based position, if any. */
export function hoverAt(lines: readonly string[], line: number, column: number): HoverInfo | null {
  const text = lines[line - 1];
  if (text === undefined || /^\s*#/.test(text)) return null;
  const found = wordAt(text, column);
  if (!found) return null;
  const { word, start } = found;
  const continued = line > 1 && /\\\s*$/.test(lines[line - 2] ?? '');
  const isFirst = !continued && text.slice(0, start - 1).trim() === '';
  const keyword = instructionOf(lines, line - 1);

  if (isFirst || (keyword === 'ONBUILD' && text.trim().toUpperCase().startsWith('ONBUILD'))) {
    const doc = INSTRUCTION_DOCS[word.toUpperCase()];
    if (doc) return { line, column: start, endColumn: start + word.length, markdown: doc };
  }
  if (keyword === 'FROM' && word.toUpperCase() === 'AS') {
    return { line, column: start, endColumn: start + 2, markdown: INSTRUCTION_DOCS.AS! };
  }
  const flag = /^--([a-z-]+)/.exec(word);
  if (flag?.[1] && keyword && column <= start + flag[0].length) {
    const name = `--${flag[1]}`;
    const doc = FLAG_DOCS[`${keyword} ${name}`] ?? FLAG_DOCS[name];
    if (doc) {
      const markdown = `**${keyword} ${name}**: ${doc}`;
      return { line, column: start, endColumn: start + name.length, markdown };
    }
  }
  const mount = /(?:^|[=,])type=(\w+)/.exec(word);
  if (keyword === 'RUN' && mount?.[1] && MOUNT_TYPE_DOCS[mount[1]]) {
    const at = word.indexOf(`type=${mount[1]}`);
    const col = start + at;
    const markdown = `**--mount type=${mount[1]}**: ${MOUNT_TYPE_DOCS[mount[1]]}`;
    return { line, column: col, endColumn: col + 5 + mount[1].length, markdown };
  }
  return null;
}
