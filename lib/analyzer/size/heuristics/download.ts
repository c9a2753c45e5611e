/**
 * Downloads and unpacking inside one RUN: `curl`/`wget`/`Invoke-WebRequest` write a file,
 * `tar`/`unzip` unpack it, `rustup-init` installs a toolchain. A well-known artifact (Go, Node,
 * a JDK, .NET, traefik…) is sized from {@link ARTIFACTS}; anything else gets a wide range, so the
 * estimate says it does not know instead of counting the download as nothing.
 */
import { part, type Part } from '../range';
import { resolvePath, type Command } from '../shell';
import { artifactIn, RUST_TOOLCHAIN, type Artifact } from './artifacts';
import type { RunContext } from './context';

/** A downloaded file of unknown kind: anything from a script to a toolchain archive (MB). */
const UNKNOWN_FILE: [number, number, number] = [10, 0.05, 300];
/** An unknown archive unpacked: a source tree, a runtime, a toolchain (MB). */
const UNKNOWN_UNPACKED: [number, number, number] = [30, 0.5, 600];
const DOWNLOADERS: ReadonlySet<string> = new Set([
  'curl',
  'wget',
  'Invoke-WebRequest',
  'iwr',
  'tar',
  'unzip',
  'Expand-Archive',
  'rustup-init',
]);

/** Programs {@link DownloadReader.read} answers for. */
export const DOWNLOAD_PROGRAMS: ReadonlySet<string> = DOWNLOADERS;

/** What one RUN has downloaded so far: file path → artifact (null: unknown). */
export class DownloadReader {
  private readonly files = new Map<string, Artifact | null>();
  /** the artifact the RUN text names, for URLs held in variables */
  private readonly named: Artifact | null;

  constructor(script: string) {
    this.named = artifactIn(script);
  }

  /** The parts `cmd` writes, or null when it is no download, unpacking or toolchain install. */
  read(cmd: Command, ctx: RunContext): Part[] | null {
    const program = cmd.words[0]!;
    if (program === 'rustup-init') return [this.toolchain()];
    if (program === 'tar' || program === 'unzip' || program === 'Expand-Archive')
      return this.unpack(cmd, ctx);
    if (DOWNLOADERS.has(program)) return this.download(cmd, ctx);
    return null;
  }

  private toolchain(): Part {
    return artifactPart('download:rust-toolchain', RUST_TOOLCHAIN, '/usr/local/rustup');
  }

  private download(cmd: Command, ctx: RunContext): Part[] | null {
    const words = cmd.words;
    const url = words.find((w) => w.includes('://') || /^["']?\$\{?\w*(?:url|URL)/.test(w));
    const target = outputOf(words, url);
    // `curl URL` and `curl … | tar` write no file of their own
    if (target === null) {
      if (url === undefined) return null;
      const artifact = artifactIn(url) ?? this.named;
      return artifact ? [artifactPart('download:artifact', artifact, ctx.workdir)] : null;
    }
    const path = resolvePath(windowsPath(target), ctx.workdir);
    const artifact =
      (url !== undefined ? artifactIn(url) : null) ?? artifactIn(target) ?? this.named;
    this.files.set(path, artifact);
    if (artifact) {
      const [point, low, high] = artifact.installedMb;
      const r = artifact.ratio;
      // the archive itself: about the compressed size of what it holds
      return [
        part(
          'download:file',
          `${words[0]} ${artifact.name} (${artifact.source})`,
          [point / r, low / r / 1.5, (high / r) * 1.5],
          1.05,
          path,
        ),
      ];
    }
    return [part('download:file', `${words[0]} download (size unknown)`, UNKNOWN_FILE, 1.5, path)];
  }

  private unpack(cmd: Command, ctx: RunContext): Part[] | null {
    const words = cmd.words;
    if (words[0] === 'tar' && !words.slice(1).some(isExtractFlag)) return null;
    const archive = archiveOf(words);
    const into = resolvePath(windowsPath(directoryOf(words) ?? ctx.workdir), ctx.workdir);
    const path = archive ? resolvePath(windowsPath(archive), ctx.workdir) : null;
    const known = path !== null && this.files.has(path);
    const artifact =
      (known ? this.files.get(path!) : null) ?? (archive ? artifactIn(archive) : null);
    if (artifact) return [artifactPart('download:unpacked', artifact, into)];
    // an archive this RUN did not download came from an earlier layer or a COPY: unknown size
    return [
      part(
        'download:unpacked',
        `${words[0]} unpacks ${archive ?? 'an archive'} (size unknown)`,
        UNKNOWN_UNPACKED,
        2.5,
        into,
      ),
    ];
  }
}

function artifactPart(key: string, artifact: Artifact, path: string): Part {
  return part(
    key,
    `${artifact.name} unpacked (${artifact.source})`,
    artifact.installedMb,
    artifact.ratio,
    path,
  );
}

const OUTPUT_FLAGS: ReadonlySet<string> = new Set([
  '-o',
  '-O',
  '--output',
  '--output-document',
  '-OutFile',
]);

/** The file a download writes: `-o F`, `-O F` (wget), `-OutFile F`, or curl `-O` (the URL's name). */
function outputOf(words: string[], url: string | undefined): string | null {
  const curl = words[0] === 'curl';
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (OUTPUT_FLAGS.has(w) && !(curl && w === '-O')) return words[i + 1] ?? null;
    if (w.startsWith('--output=') || w.startsWith('--output-document='))
      return w.slice(w.indexOf('=') + 1);
    // curl -LfsSo FILE: a flag cluster ending in -o takes the file next
    if (curl && /^-[a-zA-Z]*o$/.test(w)) return words[i + 1] ?? null;
    // curl -O / -fsSLO: the remote file's own name
    if (curl && /^-[a-zA-Z]*O[a-zA-Z]*$/.test(w) && url) return url.slice(url.lastIndexOf('/') + 1);
    if (curl && w === '--remote-name' && url) return url.slice(url.lastIndexOf('/') + 1);
  }
  return null;
}

/** `-x…`, `x…` (old style), `--extract`, `--get`: tar extracts. */
function isExtractFlag(w: string): boolean {
  return w === '--extract' || w === '--get' || /^-?[a-zA-Z]*x[a-zA-Z]*$/.test(w);
}

/** tar `-f F`, `-xzf F`, `--file F`, `--file=F`; unzip's first operand; Expand-Archive -Path. */
function archiveOf(words: string[]): string | null {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--file' || w === '-f' || w === '-Path') return words[i + 1] ?? null;
    if (w.startsWith('--file=')) return w.slice(7);
    if (words[0] === 'tar' && /^-?[a-zA-Z]*f$/.test(w) && w.includes('x'))
      return words[i + 1] ?? null;
    if (words[0] === 'tar' && /^-?[a-zA-Z]*f$/.test(w)) return words[i + 1] ?? null;
    if (words[0] === 'unzip' && !w.startsWith('-')) return w;
  }
  return null;
}

/** tar `-C D`, `--directory D`, `--directory=D`; unzip `-d D`; Expand-Archive -DestinationPath. */
function directoryOf(words: string[]): string | null {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w === '-C' || w === '--directory' || w === '-d' || w === '-DestinationPath')
      return words[i + 1] ?? null;
    if (w.startsWith('--directory=')) return w.slice(12);
  }
  return null;
}

/** `$Env:ProgramFiles\dotnet` → `/Program Files/dotnet`; backslashes become slashes. */
export function windowsPath(p: string): string {
  return p
    .replace(/^\$Env:ProgramFiles[\\/]?/i, '/Program Files/')
    .replace(/^[A-Za-z]:\\/, '/')
    .replace(/\\/g, '/');
}
