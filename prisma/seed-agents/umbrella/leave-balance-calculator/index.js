// Works out an employee's holiday balance: pro-rata accrual to date, carried-over days and business days taken.
const round = (n) => Math.round(n * 100) / 100;

export async function handle(input, ctx) {
  const { employee, asOf } = input;
  const year = Number(asOf.slice(0, 4));
  const startMonth = employee.startDate > `${year}-01-01` ? Number(employee.startDate.slice(5, 7)) : 1;
  const asOfMonth = Number(asOf.slice(5, 7));
  // Accrual is monthly: a month counts once it has begun, from the start month (or January) to the as-of month.
  const monthsAccrued = Math.max(0, asOfMonth - startMonth + 1);
  const entitlementThisYear = round((employee.annualDays * (13 - startMonth)) / 12);
  const accrued = round((employee.annualDays * monthsAccrued) / 12);
  const requests = input.requests ?? [];
  const { results } = await ctx.call('@umbrella/business-day-calculator', {
    ranges: requests.map((r) => ({ start: r.start, end: r.end, inclusive: true })),
    holidays: input.holidays ?? [],
  });
  const taken = [];
  const planned = [];
  requests.forEach((r, i) => {
    const row = { start: r.start, end: r.end, days: results[i].businessDays, holidaysSkipped: results[i].holidaysSkipped };
    (r.start <= asOf ? taken : planned).push(row);
  });
  const sum = (rows) => rows.reduce((s, r) => s + r.days, 0);
  const carried = employee.carriedOver ?? 0;
  const available = round(accrued + carried - sum(taken));
  return {
    entitlementThisYear,
    accrued,
    carriedOver: carried,
    taken,
    planned,
    availableNow: available,
    projectedYearEnd: round(entitlementThisYear + carried - sum(taken) - sum(planned)),
    overdrawn: available < 0,
  };
}
