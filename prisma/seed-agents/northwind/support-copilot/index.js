// Drafts a first reply to a support ticket: triages it, redacts personal data for the internal note and picks a reply template.
const TEMPLATES = {
  billing: 'I have passed your billing question to our payments team, who will check the charges on your account and reply within {sla}.',
  technical: 'Our engineers are looking into the problem you described. We will update you within {sla}; logs or screenshots help us move faster.',
  account: 'For your security we handle account changes through a verified request. We will get back to you within {sla}.',
  shipping: 'I have asked our logistics team to trace your delivery. You will hear from us within {sla}.',
  'feature-request': 'Thank you for the suggestion. I have shared it with our product team, who review requests every month.',
  general: 'Thank you for getting in touch. A member of our team will reply within {sla}.',
};
const SLA = { critical: '1 hour', high: '4 hours', normal: '1 business day', low: '3 business days' };

export async function handle(input, ctx) {
  const triage = await ctx.call('@northwind/support-triage', {
    subject: input.subject,
    body: input.body,
    customerTier: input.customerTier ?? 'free',
  });
  const redaction = await ctx.call('@wayne/pii-redactor', { text: input.body });
  const greeting = input.customerName ? `Hi ${input.customerName.split(' ')[0]},` : 'Hello,';
  const empathy = triage.sentiment === 'negative' ? ' I am sorry for the trouble this has caused.' : '';
  const body = TEMPLATES[triage.queue].replace('{sla}', SLA[triage.urgency]);
  const reply = `${greeting}\n\nThank you for contacting us.${empathy} ${body}\n\nBest regards,\n${input.agentName ?? 'The Support Team'}`;
  const escalate = triage.urgency === 'critical' || (triage.urgency === 'high' && triage.sentiment === 'negative');
  return {
    triage: { queue: triage.queue, urgency: triage.urgency, sentiment: triage.sentiment, reasons: triage.reasons },
    internalNote: `[${triage.queue}/${triage.urgency}] ${input.subject}: ${redaction.redacted}`,
    redactedEntities: redaction.counts,
    reply,
    escalate,
  };
}
