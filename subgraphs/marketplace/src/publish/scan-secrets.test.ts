import { describe, expect, it } from 'vitest';
import { scanSecretsFile } from './scan-secrets.js';

// Secrets are assembled at run time so that this file itself never trips a repository secret scanner.
const join = (...parts: string[]) => parts.join('');
const scan = (text: string, file = 'lib/config.js') => scanSecretsFile(file, Buffer.from(text));
const codes = (text: string, file?: string) => scan(text, file).map((f) => `${f.severity} ${f.code} ${f.line}`);

describe('scanSecretsFile', () => {
  it('finds a PEM private key without quoting it', () => {
    const pem = join('-----BEGIN ', 'RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----');
    const found = scan(`// key\n${pem}`, 'certs/key.pem');
    expect(found[0]).toMatchObject({ severity: 'critical', code: 'PRIVATE_KEY', line: 2, file: 'certs/key.pem' });
    expect(found[0]!.message).not.toContain('MIIE');
  });

  it('finds an AWS access key id and the secret key next to it, masked', () => {
    const id = join('AKIA', 'IOSFODNN7', 'EXAMPLE');
    const secret = join('wJalrXUtnFEMI/K7MDENG', '/bPxRfiCYEXAMPLEKEY');
    const found = scan(`const creds = {\n  accessKeyId: '${id}',\n  secretAccessKey: '${secret}',\n};`);
    expect(found.map((f) => `${f.code} ${f.line}`)).toEqual(['AWS_ACCESS_KEY 2', 'AWS_SECRET_KEY 3']);
    expect(found[0]!.message).toContain('AKIA');
    expect(found.map((f) => f.message).join()).not.toContain(secret);
    expect(found[0]!.message).not.toContain(id);
  });

  it('finds GitHub tokens of both formats', () => {
    expect(codes(`token = "${join('ghp_', 'A1b2C3d4'.repeat(5))}"`)).toContain('critical GITHUB_TOKEN 1');
    expect(codes(`${join('github_pat_', '11ABCDEFG0'.repeat(4))}`)).toEqual(['critical GITHUB_TOKEN 1']);
  });

  it('finds Slack, Stripe and Google keys', () => {
    expect(codes(join('x', 'oxb-1234567890-abcdefghij'))).toEqual(['critical SLACK_TOKEN 1']);
    expect(codes(join('sk_', 'live_', '4eC39HqLyjWDarjtT1zdp7dc'))).toEqual(['critical STRIPE_KEY 1']);
    expect(codes(join('AIza', 'SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'))).toEqual(['critical GOOGLE_API_KEY 1']);
  });

  it('finds a JWT', () => {
    const jwt = join('eyJhbGciOiJIUzI1NiJ9', '.eyJzdWIiOiIxMjM0NTY3ODkwIn0', '.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U');
    expect(codes(`Authorization: Bearer ${jwt}`)).toEqual(['high JWT 1']);
  });

  it('finds generic api_key assignments but not placeholders', () => {
    expect(codes('const api_key = "q8Zr2LmT0pWv";')).toEqual(['high GENERIC_SECRET 1']);
    expect(codes('const apiKey = "your-api-key-here";\npassword: "${DB_PASSWORD}"')).toEqual([]);
  });

  it('flags a high-entropy string as medium', () => {
    expect(codes('const blob = "Zx9Qm3Lr7Tb2Wv8Kp4Nd6Hs1Jf5Gc0Ya";')).toEqual(['medium HIGH_ENTROPY_STRING 1']);
  });

  it('leaves hashes, lock files, alphabets and prose alone', () => {
    const hash = 'Zx9Qm3Lr7Tb2Wv8Kp4Nd6Hs1Jf5Gc0YaZx9Qm3Lr7Tb2Wv8Kp4Nd6Hs1Jf5Gc0Ya';
    expect(codes(`"integrity": "sha512-${hash}=="`)).toEqual([]);
    expect(codes(`"resolved": "x", "key": "${hash}"`, 'package-lock.json')).toEqual([]);
    expect(codes('const commit = "9fceb02d0ae598e95dc970b74767f19372d61af8";')).toEqual([]);
    expect(codes('const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";')).toEqual([]);
    expect(codes('This agent extracts invoice totals and supplier names from PDF documents.')).toEqual([]);
  });

  it('skips binary files', () => {
    expect(scanSecretsFile('logo.png', Buffer.concat([Buffer.from([0x89, 0x50, 0, 0]), Buffer.from(join('AKIA', 'IOSFODNN7', 'EXAMPLE'))]))).toEqual([]);
  });
});
