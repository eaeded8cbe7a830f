/** "Did you mean…" suggestions for mistyped ids and slugs. */

/** Edit distance with adjacent transpositions counted as one edit ("djnago" → "django" is 1). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known values closest to `input`, best first: prefix and substring matches, then small edit
 * distances (at most a third of the longer word). Returns at most `limit` values.
 */
export function nearest(input: string, known: readonly string[], limit = 3): string[] {
  const q = input.trim().toLowerCase();
  if (!q) return [];
  const scored = known.map((value) => {
    const v = value.toLowerCase();
    let score = editDistance(q, v);
    // Prefix and substring hints only for parts long enough to mean something ("go" is in "django").
    if (Math.min(q.length, v.length) >= 3) {
      if (v.startsWith(q) || q.startsWith(v)) score = Math.min(score, 1);
      else if (v.includes(q) || q.includes(v)) score = Math.min(score, 2);
    }
    return { value, score, max: Math.max(1, Math.ceil(Math.max(q.length, v.length) / 3)) };
  });
  return scored
    .filter((s) => s.score <= s.max)
    .sort((x, y) => x.score - y.score || x.value.localeCompare(y.value))
    .slice(0, limit)
    .map((s) => s.value);
}

/**
 * A spelling correction: the known value within a small edit distance (one edit per four
 * characters, at least one), or undefined. No prefix matching: "node" must not become "node http".
 */
export function correction(input: string, known: readonly string[]): string | undefined {
  const q = input.trim().toLowerCase();
  if (q.length < 3) return undefined;
  const limit = Math.max(1, Math.floor(q.length / 4));
  let best: { value: string; d: number } | undefined;
  for (const value of known) {
    if (Math.abs(value.length - q.length) > limit) continue;
    const d = editDistance(q, value.toLowerCase());
    if (d <= limit && (!best || d < best.d || (d === best.d && value < best.value))) best = { value, d };
  }
  return best?.value;
}
