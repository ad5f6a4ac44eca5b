// Test helper: a two-subgraph graph (marketplace Agent ⟶ tenancy Tenant), plus tenancy's API key and JWKS endpoints.
import { composeServices } from '@apollo/composition';
import express from 'express';
import gql from 'graphql-tag';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { requireTenant } from '@nexus/kernel/context';
import { CONTEXT_HEADER, verifyContext } from '@nexus/kernel/signed-context';
import { type FixtureSubgraph, type SubgraphContext, startFixtureSubgraph } from './fixture-subgraph';

export const SECRET = 'test-context-secret-0123456789';
export const VALID_KEY = 'nxk_abcd1234_s3cretS3cretS3cret';
export const OTHER_KEY = 'nxk_efgh5678_an0therS3cretValue';

const marketplaceSdl = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Agent @key(fields: "id") { id: ID! name: String! publisher: Tenant! }
  type Tenant @key(fields: "id", resolvable: false) { id: ID! }
  type AgentEdge { node: Agent! }
  type AgentConnection { edges: [AgentEdge!]! }
  type AgentEvent { seq: Int! tenantId: String agent: Agent! }
  type Query { agents(first: Int): AgentConnection! }
  type Subscription { agentEvents(count: Int!): AgentEvent! }
`;

const tenancySdl = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Tenant @key(fields: "id") { id: ID! name: String! }
  type Viewer { tenantId: String userId: String roles: [String!]! scopes: [String!]! apiKeyId: String requestId: String! }
  type Query { viewer: Viewer! myTenant: Tenant! }
`;

const agents = [
  { id: 'a1', name: 'Summarizer', publisherId: 't-acme' },
  { id: 'a2', name: 'Translator', publisherId: 't-globex' },
];
const tenantNames: Record<string, string> = { 't-acme': 'Acme', 't-globex': 'Globex' };

export interface FakeTenancy {
  /** API keys tenancy accepts; delete one to "revoke" it on the tenancy side. */
  keys: Map<string, { tenantId: string; apiKeyId: string; scopes: string[]; roles: string[] }>;
  verifyCalls: number;
  signToken(claims: Record<string, unknown>, opts?: { expiresIn?: string; issuer?: string }): Promise<string>;
}

export interface FixtureGraph {
  marketplace: FixtureSubgraph;
  tenancy: FixtureSubgraph;
  fakeTenancy: FakeTenancy;
  tenancyHttpUrl: string;
  /** Composed with unreachable URLs on purpose: the gateway must route by `subgraphUrls`. */
  supergraphSdl: string;
  subgraphUrls: Record<string, { http: string; ws: string }>;
  close(): Promise<void>;
}

export async function startFixtureGraph(): Promise<FixtureGraph> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'EdDSA', use: 'sig' };
  const fakeTenancy: FakeTenancy = {
    keys: new Map([
      [VALID_KEY, { tenantId: 't-acme', apiKeyId: 'key-1', scopes: ['agents:read'], roles: ['member'] }],
      [OTHER_KEY, { tenantId: 't-globex', apiKeyId: 'key-2', scopes: [], roles: [] }],
    ]),
    verifyCalls: 0,
    signToken: (claims, opts = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', kid: 'test-key' })
        .setIssuer(opts.issuer ?? 'nexus-forge')
        .setAudience('nexus-forge')
        .setIssuedAt()
        .setExpirationTime(opts.expiresIn ?? '5m')
        .sign(privateKey),
  };

  const marketplace = await startFixtureSubgraph({
    typeDefs: marketplaceSdl,
    secret: SECRET,
    resolvers: {
      Query: { agents: (_: unknown, a: { first?: number }) => ({ edges: agents.slice(0, a.first ?? 20).map((node) => ({ node })) }) },
      Agent: {
        __resolveReference: (ref: { id: string }) => agents.find((x) => x.id === ref.id),
        publisher: (agent: { publisherId: string }) => ({ id: agent.publisherId }),
      },
      Subscription: {
        agentEvents: {
          async *subscribe(_: unknown, a: { count: number }, ctx: SubgraphContext) {
            for (let seq = 1; seq <= a.count; seq++) {
              await new Promise((r) => setTimeout(r, 10));
              yield { agentEvents: { seq, tenantId: ctx.nexus.tenantId, agent: agents[0] } };
            }
          },
        },
      },
    },
  });

  const tenancy = await startFixtureSubgraph({
    typeDefs: tenancySdl,
    secret: SECRET,
    resolvers: {
      Query: {
        viewer: (_: unknown, __: unknown, ctx: SubgraphContext) => ctx.nexus,
        // A tenant-only field: the subgraph, not the gateway, refuses anonymous callers.
        myTenant: (_: unknown, __: unknown, ctx: SubgraphContext) => {
          const id = requireTenant(ctx.nexus);
          return { id, name: tenantNames[id] ?? id };
        },
      },
      Tenant: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, name: tenantNames[ref.id] ?? ref.id }) },
    },
    routes: (app) => {
      app.get('/.well-known/jwks.json', (_req, res) => void res.json({ keys: [jwk] }));
      app.post('/internal/api-keys/verify', express.json(), (req, res) => {
        fakeTenancy.verifyCalls++;
        try {
          verifyContext(req.headers[CONTEXT_HEADER] as string | undefined, SECRET);
        } catch {
          return void res.status(401).json({ ok: false, reason: 'unsigned call' });
        }
        const found = fakeTenancy.keys.get(String(req.body?.key));
        res.json(found ? { ok: true, ...found } : { ok: false, reason: 'unknown key' });
      });
    },
  });

  const composed = composeServices([
    { name: 'marketplace', url: 'http://127.0.0.1:9/unreachable', typeDefs: marketplaceSdl },
    { name: 'tenancy', url: 'http://127.0.0.1:9/unreachable', typeDefs: tenancySdl },
  ]);
  if (composed.errors?.length || !composed.supergraphSdl) throw new Error(`fixture composition failed: ${composed.errors?.map((e) => e.message).join('; ')}`);

  return {
    marketplace,
    tenancy,
    fakeTenancy,
    tenancyHttpUrl: new URL(tenancy.httpUrl).origin,
    supergraphSdl: composed.supergraphSdl,
    subgraphUrls: {
      marketplace: { http: marketplace.httpUrl, ws: marketplace.wsUrl },
      tenancy: { http: tenancy.httpUrl, ws: tenancy.wsUrl },
    },
    close: async () => {
      await Promise.all([marketplace.close(), tenancy.close()]);
    },
  };
}
