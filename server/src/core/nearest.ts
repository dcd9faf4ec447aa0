// "Did you mean": the closest candidate by edit distance, when it is close enough.

/** Edit distance counting a swap of two neighbours as one edit ("titel" -> "title"), with an early exit past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The candidate nearest to `word`, or undefined when none is plausibly meant:
 * within a third of the word's length in edits, or sharing its last path segment.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  // "roofshot" means "roof", not the closer-by-edits "moonshot": a candidate the word starts with wins.
  const prefixed = candidates.filter((c) => c.length >= 3 && w.startsWith(c.toLowerCase()));
  if (prefixed.length > 0) return prefixed.reduce((a, b) => (b.length > a.length ? b : a));
  const limit = Math.max(1, Math.floor(w.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase(), Math.min(limit, bestDistance));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best !== undefined && bestDistance <= limit) return best;
  // A reference whose unit is wrong but whose objective id exists elsewhere.
  const tail = w.split('/').pop();
  if (tail && w.includes('/')) {
    const hits = candidates.filter((c) => c.toLowerCase().endsWith(`/${tail}`));
    if (hits.length === 1) return hits[0];
  }
  return undefined;
}
