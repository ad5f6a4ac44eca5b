// Explains a five-field cron expression in English and lists its next run times in UTC.
const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] },
  { name: 'day of week', min: 0, max: 6, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MACROS = { '@hourly': '0 * * * *', '@daily': '0 0 * * *', '@weekly': '0 0 * * 0', '@monthly': '0 0 1 * *', '@yearly': '0 0 1 1 *' };

function parseField(text, spec) {
  const values = new Set();
  const toNumber = (s) => {
    const i = spec.names ? spec.names.indexOf(s.toLowerCase()) : -1;
    const n = i >= 0 ? i + spec.min : Number(s);
    if (!Number.isInteger(n) || n < spec.min || n > spec.max + (spec.name === 'day of week' ? 1 : 0)) throw new Error(`invalid ${spec.name} "${s}"`);
    return spec.name === 'day of week' && n === 7 ? 0 : n;
  };
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText ? Number(stepText) : 1;
    if (!Number.isInteger(step) || step < 1) throw new Error(`invalid step in ${spec.name}`);
    const [lo, hi] = range === '*' ? [spec.min, spec.max] : range.includes('-') ? range.split('-').map(toNumber) : [toNumber(range), stepText ? spec.max : toNumber(range)];
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return { any: text === '*', values: [...values].sort((a, b) => a - b) };
}

function describe(field, f, names) {
  if (f.any) return null;
  const label = (v) => (names ? names[field === 3 ? v - 1 : v] : String(v).padStart(field < 2 ? 2 : 1, '0'));
  return f.values.map(label).join(', ');
}

export async function handle(input) {
  const expression = MACROS[input.expression.trim()] ?? input.expression.trim();
  const parts = expression.split(/\s+/);
  if (parts.length !== 5) throw new Error('expected 5 fields: minute hour day-of-month month day-of-week');
  const [minute, hour, dom, month, dow] = parts.map((p, i) => parseField(p, FIELDS[i]));

  const time = !minute.any && !hour.any && minute.values.length === 1 && hour.values.length === 1
    ? `at ${String(hour.values[0]).padStart(2, '0')}:${String(minute.values[0]).padStart(2, '0')}`
    : `at minute ${describe(0, minute) ?? 'every'} past hour ${describe(1, hour) ?? 'every'}`;
  const bits = [time];
  if (!dom.any) bits.push(`on day ${describe(2, dom)} of the month`);
  if (!dow.any) bits.push(`${dom.any ? 'on' : 'or on'} ${describe(4, dow, DAYS)}`);
  if (!month.any) bits.push(`in ${describe(3, month, MONTHS)}`);
  const description = bits.join(' ').replace('at minute every past hour every', 'every minute');

  const count = Math.min(input.count ?? 5, 50);
  const runs = [];
  const start = new Date(input.from ?? '2024-01-01T00:00:00Z');
  const day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
  // Walk day by day (at most ~5 years); within a matching day only the listed hours and minutes are candidates.
  for (let d = 0; d < 1830 && runs.length < count; d++, day.setUTCDate(day.getUTCDate() + 1)) {
    if (!month.values.includes(day.getUTCMonth() + 1)) continue;
    const domOk = dom.values.includes(day.getUTCDate());
    const dowOk = dow.values.includes(day.getUTCDay());
    // Classic cron: when both day fields are restricted, either one matching is enough.
    if (!(dom.any || dow.any ? domOk && dowOk : domOk || dowOk)) continue;
    for (const h of hour.values) {
      for (const m of minute.values) {
        const t = new Date(day.getTime() + (h * 60 + m) * 60000);
        if (t > start && runs.length < count) runs.push(t.toISOString());
      }
    }
  }
  return { expression, description, nextRuns: runs };
}
