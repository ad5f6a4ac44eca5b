// Audits expense items against a policy and explains every rejection in words a claimant understands.
export async function handle(input, ctx) {
  const { policy, items, submittedOn } = input;
  const currency = policy.currency ?? 'EUR';
  const ranges = items.map((item) => ({ start: item.date, end: submittedOn }));
  const { results: ages } = await ctx.call('@umbrella/business-day-calculator', { ranges, holidays: input.holidays ?? [] });
  const { formatted } = await ctx.call('@acme/currency-formatter', {
    amounts: [policy.dailyMealLimit ?? 0, policy.receiptRequiredOver ?? 0].map((amount) => ({ amount, currency })),
    locale: input.locale ?? 'en-US',
  });
  const [mealLimitText, receiptLimitText] = formatted;

  const mealsPerDay = new Map();
  const rejected = [];
  const approved = [];
  let totalApproved = 0;
  let totalRejected = 0;
  items.forEach((item, i) => {
    const reasons = [];
    if ((policy.blockedCategories ?? []).includes(item.category)) reasons.push(`category "${item.category}" is not reimbursable`);
    if (policy.receiptRequiredOver !== undefined && item.amount > policy.receiptRequiredOver && !item.hasReceipt) {
      reasons.push(`a receipt is required above ${receiptLimitText}`);
    }
    if (policy.submitWithinBusinessDays !== undefined && ages[i].businessDays > policy.submitWithinBusinessDays) {
      reasons.push(`submitted ${ages[i].businessDays} business days after the expense; the limit is ${policy.submitWithinBusinessDays}`);
    }
    if (item.category === 'meals' && policy.dailyMealLimit !== undefined) {
      const spent = (mealsPerDay.get(item.date) ?? 0) + item.amount;
      if (spent > policy.dailyMealLimit + 1e-9) reasons.push(`meals on ${item.date} exceed the daily limit of ${mealLimitText}`);
      else mealsPerDay.set(item.date, spent);
    }
    if (reasons.length) {
      rejected.push({ id: item.id, amount: item.amount, reasons });
      totalRejected += item.amount;
    } else {
      approved.push(item.id);
      totalApproved += item.amount;
    }
  });
  const round = (n) => Math.round(n * 100) / 100;
  return { approved, rejected, totalApproved: round(totalApproved), totalRejected: round(totalRejected), currency };
}
