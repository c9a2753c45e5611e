/** The lines of a Dockerfile as the learner sees them numbered (no trailing blank lines). */
export function dockerfileLines(dockerfile: string): string[] {
  const lines = dockerfile.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[lines.length - 1]?.trim()) lines.pop();
  return lines;
}

/** The first line of prose in a Markdown prompt, for lists that name a question. */
export function promptSummary(markdown: string): string {
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (line.trim().startsWith('```')) inFence = !inFence;
    else if (!inFence && line.trim()) return line.trim();
  }
  return '';
}
