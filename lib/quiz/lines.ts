/** The lines of a Dockerfile as the learner sees them numbered (no trailing blank lines). */
export function dockerfileLines(dockerfile: string): string[] {
  const lines = dockerfile.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[lines.length - 1]?.trim()) lines.pop();
  return lines;
}
