'use client';

/**
 * The playground's `.dockerignore`: the patterns that leave files out of the build context. Plain
 * text, so a textarea on every screen; the analysis reads it for BuildKit's CopyIgnoredFile check.
 */
export function DockerignoreEditor({
  value,
  onChange,
  height,
}: {
  value: string;
  onChange(text: string): void;
  height: string;
}) {
  return (
    <div className="space-y-2">
      {/* Dockerfile frontend 1.21 made CopyIgnoredFile a default check (moby/buildkit 4187c344c,
          linter/ruleset.go); validateCopySourcePath skips it when the file has a ! exception:
          https://docs.docker.com/reference/build-checks/copy-ignored-file/ */}
      <p id="dockerignore-help" className="text-sm text-slate-700 dark:text-slate-300">
        Files matching these patterns are left out of the build context, so <code>COPY</code> and{' '}
        <code>ADD</code> cannot read them. BuildKit warns about such copies with its CopyIgnoredFile
        check, on by default since Dockerfile frontend 1.21 (older frontends need{' '}
        <code>{'# check=experimental=CopyIgnoredFile'}</code>). Any <code>!</code> exception line
        turns the check off.
      </p>
      <textarea
        data-editor="dockerignore"
        aria-label=".dockerignore editor"
        aria-describedby="dockerignore-help"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={'# one pattern per line, e.g.\nnode_modules\n*.md'}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        wrap="off"
        style={{ height }}
        className="block w-full resize-y rounded-md border border-slate-300 bg-white p-3 font-mono text-sm leading-5 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      />
    </div>
  );
}
