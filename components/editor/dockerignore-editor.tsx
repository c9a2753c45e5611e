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
      {/* CopyIgnoredFile is experimental in BuildKit, so it runs only when the Dockerfile opts in:
          https://docs.docker.com/reference/build-checks/copy-ignored-file/ and
          https://docs.docker.com/build/checks/#experimental-checks */}
      <p id="dockerignore-help" className="text-sm text-slate-700 dark:text-slate-300">
        Files matching these patterns are left out of the build context, so <code>COPY</code> and{' '}
        <code>ADD</code> cannot read them. BuildKit warns about such copies with its experimental
        CopyIgnoredFile check; turn it on with <code>{'# check=experimental=CopyIgnoredFile'}</code>{' '}
        at the top of the Dockerfile.
      </p>
      <textarea
        data-editor="dockerignore"
        aria-label=".dockerignore editor"
        aria-describedby="dockerignore-help"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={'# one pattern per line, e.g.\nnode_modules\n*.md\n!README.md'}
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
