// Builds a monthly cohort retention table from user activity events.
const monthKey = (date) => date.slice(0, 7);
const monthIndex = (key) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;

export async function handle(input) {
  const firstSeen = new Map();
  const activeMonths = new Map();
  for (const e of input.events) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(e.date)) throw new Error(`event for ${e.user} has an invalid date "${e.date}"`);
    const key = monthKey(e.date);
    if (!firstSeen.has(e.user) || key < firstSeen.get(e.user)) firstSeen.set(e.user, key);
    if (!activeMonths.has(e.user)) activeMonths.set(e.user, new Set());
    activeMonths.get(e.user).add(key);
  }
  const cohorts = new Map();
  for (const [user, cohort] of firstSeen) {
    if (!cohorts.has(cohort)) cohorts.set(cohort, []);
    cohorts.get(cohort).push(user);
  }
  const lastMonth = Math.max(...[...activeMonths.values()].flatMap((s) => [...s].map(monthIndex)));
  const maxPeriods = input.periods ?? 6;
  const table = [...cohorts.keys()].sort().map((cohort) => {
    const users = cohorts.get(cohort);
    const start = monthIndex(cohort);
    const retention = [];
    // Only months that have happened are reported, so young cohorts have shorter rows.
    for (let p = 0; p < maxPeriods && start + p <= lastMonth; p++) {
      const active = users.filter((u) => [...activeMonths.get(u)].some((m) => monthIndex(m) === start + p)).length;
      retention.push(Math.round((active / users.length) * 1000) / 1000);
    }
    return { cohort, size: users.length, retention };
  });
  const month1 = table.filter((c) => c.retention.length > 1);
  const avgMonth1 = month1.length ? Math.round((month1.reduce((s, c) => s + c.retention[1], 0) / month1.length) * 1000) / 1000 : null;
  return { cohorts: table, users: firstSeen.size, averageMonth1Retention: avgMonth1 };
}
