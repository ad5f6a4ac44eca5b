// Matches bank transactions to open invoices by reference and amount, and rejects transactions with invalid IBANs.
const norm = (s) => String(s ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');

export async function handle(input, ctx) {
  const { invoices, transactions } = input;
  const tolerance = input.amountTolerance ?? 0;
  const withIban = transactions.filter((t) => t.iban);
  const { results } = withIban.length
    ? await ctx.call('@acme/iban-validator', { ibans: withIban.map((t) => t.iban) })
    : { results: [] };
  const invalidIbans = [];
  withIban.forEach((t, i) => {
    if (!results[i].valid) invalidIbans.push({ transactionId: t.id, reason: results[i].reason });
  });
  const rejected = new Set(invalidIbans.map((x) => x.transactionId));

  const open = new Map(invoices.map((inv) => [inv.id, inv]));
  const matches = [];
  const unmatchedTransactions = [];
  const sameAmount = (a, b) => Math.abs(a - b) <= tolerance + 1e-9;
  for (const tx of transactions) {
    if (rejected.has(tx.id)) continue;
    const ref = norm(tx.reference);
    let hit = [...open.values()].find((inv) => ref.includes(norm(inv.reference)) && sameAmount(inv.amount, tx.amount));
    let confidence = 'exact';
    if (!hit) {
      hit = [...open.values()].find((inv) => ref.includes(norm(inv.reference)));
      confidence = 'reference-only';
    }
    if (!hit) {
      const byAmount = [...open.values()].filter((inv) => sameAmount(inv.amount, tx.amount));
      // An amount alone is only evidence when exactly one open invoice has it.
      hit = byAmount.length === 1 ? byAmount[0] : undefined;
      confidence = 'amount-only';
    }
    if (!hit) {
      unmatchedTransactions.push(tx.id);
      continue;
    }
    open.delete(hit.id);
    matches.push({ invoiceId: hit.id, transactionId: tx.id, confidence, difference: Math.round((tx.amount - hit.amount) * 100) / 100 });
  }
  return { matches, unmatchedInvoices: [...open.keys()], unmatchedTransactions, invalidIbans };
}
