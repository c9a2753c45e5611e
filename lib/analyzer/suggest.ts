/**
 * "Did you mean" helpers, after BuildKit's util/suggest: Levenshtein distance, and the closest
 * candidate below a threshold. Used only once a name is already known to be unknown.
 */

/** Levenshtein distance, stopping early once it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] ?? max + 1;
}

/**
 * The first candidate closest to `value` with distance below 3, as BuildKit's `suggest.Search`;
 * null when none is, or when `value` is itself a candidate (the error is then about something else).
 */
export function closest(
  value: string,
  candidates: Iterable<string>,
  caseSensitive = true,
): string | null {
  const v = caseSensitive ? value : value.toLowerCase();
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const c = caseSensitive ? candidate : candidate.toLowerCase();
    if (c === v) return null;
    const d = editDistance(v, c, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `message` as BuildKit's `suggest.WrapError` words it: ` (did you mean X?)` when there is an X. */
export function withSuggestion(message: string, match: string | null): string {
  return match ? `${message} (did you mean ${match}?)` : message;
}
