/**
 * Damerau-Levenshtein distance (the "optimal string alignment" form: insert, delete, substitute, or swap two
 * neighbouring letters, each costing 1), bounded by `max`. Written here rather than taken from npm: the packages
 * that do transpositions (damerau-levenshtein) compute the full table with no early stop and ship CommonJS, while
 * the fast ones (fastest-levenshtein, js-levenshtein) have no transpositions, and "recieve"-style swaps are the most
 * common typo. The search script scans a few thousand words per typo, so stopping at `max` keeps it quick.
 */

/** Edit distance between `a` and `b`, or `max + 1` as soon as it is known to be more than `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the table are enough: the one before the last (for swaps), the last, and the current.
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      const swapped = a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (i > 1 && j > 1 && swapped) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[b.length], max + 1);
}
