// Looks for credentials committed into any text file of a package; reports where, never what.
import { AWS_SECRET, PLACEHOLDER, SECRET_PATTERNS, maskSecret, shannonEntropy } from './secret-patterns.js';
import type { Finding } from './step-report.js';

const LOCK_LIKE = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|[^/]+\.lock)$/;
/** Lines where long hex/base64 runs are expected to be digests, not secrets. */
const HASH_CONTEXT = /integrity|\bsha(?:1|224|256|384|512)\b|sha512-|hash|checksum|digest|commit|sourceMappingURL/i;
const DIGEST_HEX_LENGTHS = new Set([32, 40, 56, 64, 96, 128]);
const CANDIDATE = /[A-Za-z0-9+/_=-]{32,}/g;
/** Alphabet tables (base64 encoders and the like) have maximal entropy and no secrecy. */
const ALPHABET_RUN = /abcdefgh|ABCDEFGH|0123456789/;

export const isTextFile = (content: Buffer): boolean => !content.subarray(0, 8000).includes(0);

export function scanSecretsFile(file: string, content: Buffer): Finding[] {
  if (!isTextFile(content)) return [];
  const lines = content.toString('utf8').split(/\r?\n/);
  const checkEntropy = !LOCK_LIKE.test(file);
  const findings: Finding[] = [];
  const add = (line: number, severity: Finding['severity'], code: string, message: string) => {
    if (!findings.some((f) => f.code === code && f.line === line)) findings.push({ severity, code, message, file, line });
  };

  // Secrets already reported under a known format, so the entropy check does not report them again.
  const found: string[] = [];
  lines.forEach((text, i) => {
    for (const p of SECRET_PATTERNS) {
      for (const m of text.matchAll(p.regex)) {
        const secret = m[p.group ?? 0]!;
        if (p.code === 'GENERIC_SECRET' && PLACEHOLDER.test(secret)) continue;
        found.push(secret);
        add(i + 1, p.severity, p.code, p.code === 'PRIVATE_KEY' ? `Contains a ${p.label}` : `Contains a ${p.label}: ${maskSecret(secret)}`);
        if (p.code === 'AWS_ACCESS_KEY') findAwsSecret(lines, i, add, found);
      }
    }
    if (checkEntropy && !HASH_CONTEXT.test(text)) {
      for (const token of highEntropyTokens(text.replace(/data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+/g, ''))) {
        if (!found.some((s) => s.includes(token) || token.includes(s))) {
          add(i + 1, 'medium', 'HIGH_ENTROPY_STRING', `Contains a random-looking string that may be a secret: ${maskSecret(token)}`);
        }
      }
    }
  });
  return findings;
}

/** The secret half of an AWS key pair usually sits within a few lines of the key id. */
function findAwsSecret(lines: string[], at: number, add: (line: number, s: Finding['severity'], code: string, msg: string) => void, found: string[]) {
  for (let j = Math.max(0, at - 3); j <= Math.min(lines.length - 1, at + 3); j++) {
    for (const m of lines[j]!.matchAll(AWS_SECRET)) {
      if (shannonEntropy(m[0]) > 4) {
        found.push(m[0]);
        add(j + 1, 'critical', 'AWS_SECRET_KEY', `Contains an AWS secret access key: ${maskSecret(m[0])}`);
      }
    }
  }
}

function highEntropyTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const [token] of text.matchAll(CANDIDATE)) {
    if (ALPHABET_RUN.test(token)) continue;
    if (/^[0-9a-f]+$/i.test(token)) {
      // Hex carries at most 4 bits per character, so it needs its own threshold.
      if (!DIGEST_HEX_LENGTHS.has(token.length) && shannonEntropy(token) > 3.5) tokens.push(token);
    } else if (/\d/.test(token) && /[a-z]/.test(token) && /[A-Z]/.test(token) && shannonEntropy(token) > 4.5) {
      tokens.push(token);
    }
  }
  return tokens;
}
