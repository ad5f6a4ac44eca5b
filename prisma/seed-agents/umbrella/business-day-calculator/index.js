// Counts business days between dates and adds or subtracts business days, skipping weekends and listed holidays.
const DAY = 86_400_000;

function parseDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new Error(`"${text}" is not a YYYY-MM-DD date`);
  const t = Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
  if (new Date(t).toISOString().slice(0, 10) !== text) throw new Error(`"${text}" is not a calendar date`);
  return t;
}
const iso = (t) => new Date(t).toISOString().slice(0, 10);

export async function handle(input) {
  const holidays = new Set((input.holidays ?? []).map((h) => iso(parseDate(h))));
  const weekend = new Set(input.weekend ?? [0, 6]);
  const isBusiness = (t) => !weekend.has(new Date(t).getUTCDay()) && !holidays.has(iso(t));

  const results = (input.ranges ?? []).map(({ start, end, inclusive }) => {
    const a = parseDate(start);
    const b = parseDate(end);
    const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
    let businessDays = 0;
    let holidaysSkipped = 0;
    // Elapsed business days: the start day itself counts only when `inclusive` is set.
    for (let t = inclusive ? lo : lo + DAY; t <= hi; t += DAY) {
      if (isBusiness(t)) businessDays++;
      else if (holidays.has(iso(t)) && !weekend.has(new Date(t).getUTCDay())) holidaysSkipped++;
    }
    return { start, end, businessDays: sign * businessDays, calendarDays: sign * Math.round((hi - lo) / DAY), holidaysSkipped };
  });

  const added = (input.add ?? []).map(({ from, days }) => {
    let t = parseDate(from);
    const step = days < 0 ? -DAY : DAY;
    for (let left = Math.abs(days); left > 0; ) {
      t += step;
      if (isBusiness(t)) left--;
    }
    return { from, days, date: iso(t), weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(t).getUTCDay()] };
  });
  return { results, added };
}
