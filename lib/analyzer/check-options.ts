/**
 * BuildKit's build-check configuration: the `# check=` directive, or the
 * `BUILDKIT_DOCKERFILE_CHECK` build arg, which replaces the directive whole when it is set
 * (dockerui config.go reads it into LinterConfig; dockerfile2llb then never looks at the file).
 */
import type { AnalyzeOptions, Dockerfile } from './types';

/** The build arg that overrides the file's `# check=` directive. */
export const CHECK_BUILD_ARG = 'BUILDKIT_DOCKERFILE_CHECK';

export interface CheckConfig {
  /** lowercased BuildKit rule names to skip */
  skip: Set<string>;
  skipAll: boolean;
  /** `error=true`: build-check warnings fail the build */
  error: boolean;
  /** experimental rule names turned on, as written (BuildKit matches them exactly) */
  experimental: Set<string>;
  experimentalAll: boolean;
}

/** An empty configuration: every stable check on, none experimental, warnings stay warnings. */
export function emptyCheckConfig(): CheckConfig {
  return {
    skip: new Set(),
    skipAll: false,
    error: false,
    experimental: new Set(),
    experimentalAll: false,
  };
}

/**
 * Reads `skip=A,B;error=true;experimental=C` as BuildKit's `linter.ParseLintOptions` does; null
 * when it is invalid (BuildKit then fails the build before running any check).
 */
export function parseCheckOptions(text: string): CheckConfig | null {
  const config = emptyCheckConfig();
  const trimmed = text.trim();
  if (trimmed === '') return config;
  // strings.SplitN(s, ";", 3): a third part keeps any further semicolons
  const first = trimmed.indexOf(';');
  const second = first < 0 ? -1 : trimmed.indexOf(';', first + 1);
  const parts =
    first < 0
      ? [trimmed]
      : second < 0
        ? [trimmed.slice(0, first), trimmed.slice(first + 1)]
        : [trimmed.slice(0, first), trimmed.slice(first + 1, second), trimmed.slice(second + 1)];
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq < 0) return null;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 'skip') {
      if (value === 'all') config.skipAll = true;
      else for (const r of value.split(',')) config.skip.add(r.trim().toLowerCase());
    } else if (key === 'experimental') {
      if (value === 'all') config.experimentalAll = true;
      else for (const r of value.split(',')) config.experimental.add(r.trim());
    } else if (key === 'error') {
      const b = parseGoBool(value);
      if (b === null) return null;
      config.error = b;
    } else {
      return null;
    }
  }
  return config;
}

function parseGoBool(v: string): boolean | null {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return null;
}

/**
 * The check option text BuildKit uses: the build arg when it is given (even empty), else the
 * `# check=` directive up to its first space (text after it is a remark); null when neither.
 */
export function checkOptionText(file: Dockerfile, options: AnalyzeOptions = {}): string | null {
  const args = options.buildArgs;
  if (args && Object.prototype.hasOwnProperty.call(args, CHECK_BUILD_ARG)) {
    return String(args[CHECK_BUILD_ARG] ?? '');
  }
  const directive = file.directives.find((d) => d.name === 'check');
  if (!directive) return null;
  return directive.value.trim().split(/\s/)[0] ?? '';
}

/** The effective check configuration (null: none given, or invalid, so checks run as default). */
export function checkConfig(file: Dockerfile, options: AnalyzeOptions = {}): CheckConfig | null {
  const text = checkOptionText(file, options);
  return text === null ? null : parseCheckOptions(text);
}

/** Whether the configuration turns on the experimental BuildKit check `name`. */
export function experimentalEnabled(config: CheckConfig | null, name: string): boolean {
  return !!config && (config.experimentalAll || config.experimental.has(name));
}
