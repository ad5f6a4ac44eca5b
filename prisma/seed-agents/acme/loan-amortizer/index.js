// Builds a fixed-rate loan amortization schedule, rounding each instalment to cents as banks do.
const cents = (n) => Math.round(n * 100 + (n >= 0 ? 1e-9 : -1e-9)) / 100;

export async function handle(input) {
  const { principal, annualRate, months } = input;
  const extra = input.extraPayment ?? 0;
  const r = annualRate / 100 / 12;
  const payment = r === 0 ? cents(principal / months) : cents((principal * r) / (1 - (1 + r) ** -months));
  const schedule = [];
  let balance = principal;
  let totalInterest = 0;
  for (let month = 1; balance > 0 && month <= months; month++) {
    const interest = cents(balance * r);
    let toPrincipal = cents(payment - interest + extra);
    // The last instalment pays off whatever is left, absorbing the rounding drift.
    if (toPrincipal > balance || month === months) toPrincipal = cents(balance);
    balance = cents(balance - toPrincipal);
    totalInterest = cents(totalInterest + interest);
    schedule.push({ month, payment: cents(toPrincipal + interest), principal: toPrincipal, interest, balance });
  }
  const totalPaid = cents(schedule.reduce((s, row) => s + row.payment, 0));
  return {
    monthlyPayment: payment,
    totalInterest,
    totalPaid,
    payoffMonths: schedule.length,
    schedule: input.includeSchedule === false ? [] : schedule,
  };
}
