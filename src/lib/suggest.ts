/** "Did you mean…" suggestions for mistyped ids and slugs. */

/** Levenshtein edit distance between two strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
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
