// Line diff of two texts via longest common subsequence, returned as operations and as a unified-style listing.
export async function handle(input) {
  const a = input.before.split('\n');
  const b = input.after.split('\n');
  if (a.length * b.length > 4_000_000) throw new Error('texts too large: at most about 2000 × 2000 lines');
  // lcs[i][j] = length of the LCS of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ op: 'equal', text: a[i], before: i + 1, after: j + 1 });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] > lcs[i + 1][j])) {
      ops.push({ op: 'insert', text: b[j], before: null, after: j + 1 });
      j++;
    } else {
      ops.push({ op: 'delete', text: a[i], before: i + 1, after: null });
      i++;
    }
  }
  const added = ops.filter((o) => o.op === 'insert').length;
  const removed = ops.filter((o) => o.op === 'delete').length;
  const marks = { equal: ' ', insert: '+', delete: '-' };
  const listing = ops.filter((o) => input.includeEqual !== false || o.op !== 'equal').map((o) => `${marks[o.op]} ${o.text}`).join('\n');
  const similarity = a.length + b.length ? Math.round(((2 * lcs[0][0]) / (a.length + b.length)) * 1000) / 1000 : 1;
  return { added, removed, unchanged: lcs[0][0], similarity, listing, ops: input.includeEqual === false ? ops.filter((o) => o.op !== 'equal') : ops };
}
