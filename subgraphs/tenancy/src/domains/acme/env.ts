// ACME settings: which directory issues certificates and which extra CA signs that directory's own HTTPS.
import { z } from 'zod';
import { loadEnvOrExit } from '@nexus/kernel/config';

const emptyAsUnset = (v: unknown) => (v === '' ? undefined : v);

export const ZAcmeEnv = z.object({
  /** Defaults to the local Pebble that scripts/pebble/start-pebble.sh starts. */
  ACME_DIRECTORY_URL: z.preprocess(emptyAsUnset, z.url().default('https://127.0.0.1:14000/dir')),
  /** PEM file trusted for the directory's HTTPS (Pebble's self-signed certificate); unset means system roots only. */
  ACME_CA_CERT: z.preprocess(emptyAsUnset, z.string().optional()).default('/tmp/nexus-pebble/cert.pem'),
  /** Pebble's management API, where its issuing intermediate is published (tests only). */
  ACME_MANAGEMENT_URL: z.url().default('https://127.0.0.1:15000'),
  /** Port the CA connects to for http-01; Pebble's `httpPort` (production CAs always use 80). */
  ACME_HTTP01_PORT: z.coerce.number().int().min(1).max(65535).default(5002),
  /** Port of the test's DNS responder, which start-pebble.sh passes to Pebble as `-dnsserver` (tests only). */
  ACME_TEST_DNS_PORT: z.coerce.number().int().min(1).max(65535).default(5053),
});
export type TAcmeEnv = z.infer<typeof ZAcmeEnv>;

export const loadAcmeEnv = (): TAcmeEnv => loadEnvOrExit(ZAcmeEnv, process.env, 'acme');
