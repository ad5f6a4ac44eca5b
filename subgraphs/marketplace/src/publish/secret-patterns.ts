// Known credential formats, and the entropy measure used for everything that has no known format.

export interface SecretPattern {
  code: string;
  label: string;
  severity: 'critical' | 'high';
  regex: RegExp;
  /** Capture group holding the secret itself (0 = whole match). */
  group?: number;
}

export const SECRET_PATTERNS: SecretPattern[] = [
  { code: 'PRIVATE_KEY', label: 'PEM private key', severity: 'critical', regex: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
  { code: 'AWS_ACCESS_KEY', label: 'AWS access key id', severity: 'critical', regex: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { code: 'GITHUB_TOKEN', label: 'GitHub token', severity: 'critical', regex: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g },
  { code: 'SLACK_TOKEN', label: 'Slack token', severity: 'critical', regex: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { code: 'SLACK_WEBHOOK', label: 'Slack webhook URL', severity: 'critical', regex: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]{20,}/g },
  { code: 'STRIPE_KEY', label: 'Stripe live key', severity: 'critical', regex: /\b[sr]k_live_[A-Za-z0-9]{16,}\b/g },
  { code: 'GOOGLE_API_KEY', label: 'Google API key', severity: 'critical', regex: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  // Sample JWTs are common in documentation, so a JWT blocks but is not ranked with real key formats.
  { code: 'JWT', label: 'JSON Web Token', severity: 'high', regex: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  {
    code: 'GENERIC_SECRET',
    label: 'hard-coded credential',
    severity: 'high',
    regex: /\b(?:api[_-]?key|apikey|secret(?:[_-]?key)?|access[_-]?token|auth[_-]?token|password|passwd|client[_-]?secret)["']?\s*[:=]\s*["'`]([^"'`\s]{12,})["'`]/gi,
    group: 1,
  },
];

/** An AWS secret access key is 40 base64 characters; on its own it is indistinguishable from noise, so only looked for near a key id. */
export const AWS_SECRET = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;

/** Values people write instead of a real secret; these are documentation, not leaks. */
export const PLACEHOLDER = /^(?:x+|\*+|<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\})$|your|example|sample|changeme|placeholder|dummy|redacted|process\.env|test|fake/i;

export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Shows enough of a secret to find it, never enough to use it. */
export function maskSecret(secret: string): string {
  if (secret.length <= 8) return '*'.repeat(secret.length);
  return `${secret.slice(0, 4)}${'*'.repeat(Math.min(12, secret.length - 6))}${secret.slice(-2)}`;
}
