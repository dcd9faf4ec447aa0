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

/** Candidates lowercased once, and grouped by lowercased text, so a lookup costs no allocation per candidate. */
interface Prepared {
  lower: string[];
  /** Lowercased candidate -> indexes of the candidates that lowercase to it, ascending. */
  byLower: Map<string, number[]>;
}

// Keyed by the candidate array itself: the workspace hands out one array per
// index generation, so entries die with it and nothing needs resetting.
const prepared = new WeakMap<readonly string[], Prepared>();

function prepare(candidates: readonly string[]): Prepared {
  let p = prepared.get(candidates);
  if (p) return p;
  const lower = candidates.map((c) => c.toLowerCase());
  const byLower = new Map<string, number[]>();
  lower.forEach((l, i) => {
    const list = byLower.get(l);
    if (list) list.push(i);
    else byLower.set(l, [i]);
  });
  p = { lower, byLower };
  prepared.set(candidates, p);
  return p;
}

/**
 * The candidate nearest to `word`, or undefined when none is plausibly meant:
 * within a third of the word's length in edits, or sharing its last path segment.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const { lower, byLower } = prepare(candidates);
  // "roofshot" means "roof", not the closer-by-edits "moonshot": a candidate the word starts with wins.
  // Only prefixes of the word can qualify, so look those up instead of scanning every candidate.
  const prefixed: number[] = [];
  for (let n = 1; n <= w.length; n++) {
    const hits = byLower.get(w.slice(0, n));
    if (hits) for (const i of hits) if (candidates[i]!.length >= 3) prefixed.push(i);
  }
  if (prefixed.length > 0) {
    prefixed.sort((a, b) => a - b);
    return prefixed.map((i) => candidates[i]!).reduce((a, b) => (b.length > a.length ? b : a));
  }
  const limit = Math.max(1, Math.floor(w.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (let i = 0; i < candidates.length; i++) {
    const c = lower[i]!;
    // Length alone rules most candidates out: the distance is at least the length difference.
    if (Math.abs(c.length - w.length) > Math.min(limit, bestDistance)) continue;
    const d = editDistance(w, c, Math.min(limit, bestDistance));
    if (d < bestDistance) {
      best = candidates[i];
      bestDistance = d;
    }
  }
  if (best !== undefined && bestDistance <= limit) return best;
  // A reference whose unit is wrong but whose objective id exists elsewhere.
  const tail = w.split('/').pop();
  if (tail && w.includes('/')) {
    let hit: string | undefined;
    for (let i = 0; i < candidates.length; i++) {
      if (!lower[i]!.endsWith(`/${tail}`)) continue;
      if (hit !== undefined) return undefined;
      hit = candidates[i];
    }
    return hit;
  }
  return undefined;
}
