// Finds meeting slots on one UTC day that fall inside every participant's local working hours and avoid their busy times.
const toMinutes = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m) => `${String(Math.floor((((m % 1440) + 1440) % 1440) / 60)).padStart(2, '0')}:${String((((m % 60) + 60) % 60)).padStart(2, '0')}`;

export async function handle(input, ctx) {
  const duration = input.durationMinutes;
  const step = input.stepMinutes ?? 30;
  const dayStart = Date.parse(`${input.date}T00:00:00Z`);
  const zones = [...new Set(input.participants.map((p) => p.zone))];
  const { rows } = await ctx.call('@umbrella/timezone-table', { time: `${input.date}T12:00:00Z`, zones, summerTime: input.summerTime ?? false });
  const offsets = Object.fromEntries(rows.map((r) => [r.zone, r.offsetMinutes]));
  const unknown = rows.filter((r) => !r.known).map((r) => r.zone);
  if (unknown.length) throw new Error(`unknown time zone(s): ${unknown.join(', ')}`);

  const slots = [];
  for (let start = 0; start + duration <= 1440; start += step) {
    const end = start + duration;
    const fits = input.participants.every((p) => {
      const offset = offsets[p.zone];
      const localStart = start + offset;
      const localEnd = end + offset;
      // Working hours are checked on the participant's local clock, including the previous or next local day.
      const withinWork = [-1440, 0, 1440].some((shift) => localStart >= toMinutes(p.workStart ?? '09:00') + shift && localEnd <= toMinutes(p.workEnd ?? '17:00') + shift);
      const busy = (p.busy ?? []).some((b) => {
        const bs = (Date.parse(b.start) - dayStart) / 60_000;
        const be = (Date.parse(b.end) - dayStart) / 60_000;
        return start < be && bs < end;
      });
      return withinWork && !busy;
    });
    if (fits) {
      slots.push({
        start: new Date(dayStart + start * 60_000).toISOString(),
        end: new Date(dayStart + end * 60_000).toISOString(),
        local: Object.fromEntries(input.participants.map((p) => [p.name, `${hhmm(start + offsets[p.zone])}–${hhmm(end + offsets[p.zone])}`])),
      });
    }
  }
  return { date: input.date, durationMinutes: duration, slots: slots.slice(0, input.limit ?? 10), totalSlots: slots.length };
}
