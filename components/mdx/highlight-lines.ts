/** Parses a line list like `3,5-7` into a set of 1-based line numbers; junk parts are ignored. */
export function parseLineRanges(spec: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (!spec) return lines;
  for (const part of spec.replace(/[{}\s]/g, '').split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m?.[1]) continue;
    const start = Number(m[1]);
    const end = m[2] ? Number(m[2]) : start;
    for (let n = start; n <= Math.min(end, start + 10_000); n++) lines.add(n);
  }
  return lines;
}
