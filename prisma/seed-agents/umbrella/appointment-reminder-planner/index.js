// Plans patient appointment reminders on business days before each visit, by appointment type.
const DEFAULT_RULES = {
  'new-patient': [{ businessDaysBefore: 5, channel: 'letter', message: 'Welcome pack and intake form' }, { businessDaysBefore: 1, channel: 'sms', message: 'Reminder with arrival time' }],
  'follow-up': [{ businessDaysBefore: 2, channel: 'sms', message: 'Reminder with arrival time' }],
  'procedure': [{ businessDaysBefore: 7, channel: 'letter', message: 'Preparation instructions' }, { businessDaysBefore: 2, channel: 'phone', message: 'Confirm fasting and transport' }],
};

export async function handle(input, ctx) {
  const rules = { ...DEFAULT_RULES, ...(input.rules ?? {}) };
  const plan = [];
  for (const appt of input.appointments) {
    for (const rule of rules[appt.type] ?? rules['follow-up']) plan.push({ appt, rule });
  }
  const { added } = await ctx.call('@umbrella/business-day-calculator', {
    add: plan.map(({ appt, rule }) => ({ from: appt.date, days: -rule.businessDaysBefore })),
    holidays: input.holidays ?? [],
  });
  const today = input.today ?? null;
  const reminders = [];
  const late = [];
  plan.forEach(({ appt, rule }, i) => {
    const row = { appointmentId: appt.id, sendOn: added[i].date, channel: rule.channel, message: `${rule.message} (${appt.date} ${appt.time ?? ''})`.replace(' )', ')') };
    // A reminder whose day has already passed is reported instead of silently dropped.
    if (today && row.sendOn < today) late.push(row);
    else reminders.push(row);
  });
  reminders.sort((a, b) => a.sendOn.localeCompare(b.sendOn) || a.appointmentId.localeCompare(b.appointmentId));
  return { reminders, late };
}
