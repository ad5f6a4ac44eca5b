// Fills shifts greedily: each shift takes the eligible people with the fewest hours so far, within their weekly limit.
const toHours = (hhmm) => Number(hhmm.slice(0, 2)) + Number(hhmm.slice(3, 5)) / 60;

function length(shift) {
  const h = toHours(shift.end) - toHours(shift.start);
  return h > 0 ? h : h + 24;
}

export async function handle(input) {
  const hours = Object.fromEntries(input.staff.map((s) => [s.name, 0]));
  const booked = new Map(input.staff.map((s) => [s.name, []]));
  const minRest = input.minRestHours ?? 0;
  const shifts = [...input.shifts].sort((a, b) => a.day - b.day || toHours(a.start) - toHours(b.start) || a.id.localeCompare(b.id));
  const assignments = [];
  const unfilled = [];
  for (const shift of shifts) {
    const start = shift.day * 24 + toHours(shift.start);
    const end = start + length(shift);
    const eligible = input.staff.filter((person) => {
      if (!person.roles.includes(shift.role)) return false;
      if ((person.unavailableDays ?? []).includes(shift.day)) return false;
      if (hours[person.name] + length(shift) > person.maxHours) return false;
      // No overlap, and at least `minRest` hours between two shifts of one person.
      return booked.get(person.name).every(([s, e]) => end + minRest <= s || e + minRest <= start);
    });
    eligible.sort((a, b) => hours[a.name] - hours[b.name] || a.name.localeCompare(b.name));
    const chosen = eligible.slice(0, shift.needed ?? 1).map((p) => p.name);
    for (const name of chosen) {
      hours[name] += length(shift);
      booked.get(name).push([start, end]);
    }
    assignments.push({ shiftId: shift.id, staff: chosen });
    if (chosen.length < (shift.needed ?? 1)) unfilled.push({ shiftId: shift.id, missing: (shift.needed ?? 1) - chosen.length });
  }
  const spread = Object.values(hours);
  return { assignments, unfilled, hours, fairness: spread.length ? Math.max(...spread) - Math.min(...spread) : 0 };
}
