// Reviews user access: separation-of-duties conflicts, stale accounts with access, and concentration of sensitive permissions.
const DAY = 86_400_000;
const DEFAULT_CONFLICTS = [
  ['payments:create', 'payments:approve'],
  ['vendors:edit', 'payments:approve'],
  ['code:merge', 'deploy:production'],
  ['users:manage', 'audit:delete'],
];
const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 };

export async function handle(input) {
  const rules = input.rules ?? {};
  const conflicts = rules.conflicts ?? DEFAULT_CONFLICTS;
  const sensitive = new Set(rules.sensitive ?? ['payments:approve', 'deploy:production', 'users:manage', 'audit:delete']);
  const staleDays = rules.staleDays ?? 90;
  const maxSensitive = rules.maxSensitivePerUser ?? 2;
  const asOf = Date.parse(input.asOf);
  const findings = [];
  const add = (user, severity, rule, detail) => findings.push({ user, severity, rule, detail });

  for (const user of input.users) {
    const perms = new Set();
    for (const role of user.roles) {
      if (!input.roles[role]) add(user.id, 'low', 'unknown-role', `role "${role}" is not defined`);
      for (const p of input.roles[role] ?? []) perms.add(p);
    }
    for (const [a, b] of conflicts) {
      if (perms.has(a) && perms.has(b)) add(user.id, 'high', 'separation-of-duties', `holds both ${a} and ${b}`);
    }
    const held = [...perms].filter((p) => sensitive.has(p)).sort();
    if (held.length > maxSensitive) add(user.id, 'medium', 'too-many-sensitive', `${held.length} sensitive permissions: ${held.join(', ')}`);
    const idle = user.lastLogin ? Math.floor((asOf - Date.parse(user.lastLogin)) / DAY) : null;
    if (idle === null || idle > staleDays) {
      const severity = held.length ? 'high' : 'medium';
      add(user.id, severity, 'stale-account', idle === null ? 'has never signed in' : `last sign-in ${idle} days ago`);
    }
    if (user.active === false && perms.size) add(user.id, 'high', 'deactivated-with-access', `deactivated but still holds ${perms.size} permissions`);
  }
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.user.localeCompare(b.user) || a.rule.localeCompare(b.rule));
  const summary = { high: 0, medium: 0, low: 0 };
  for (const f of findings) summary[f.severity]++;
  return { findings, summary, usersReviewed: input.users.length, clean: input.users.filter((u) => !findings.some((f) => f.user === u.id)).map((u) => u.id) };
}
