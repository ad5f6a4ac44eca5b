// The subgraphs the gateway composes, in port order (ARCHITECTURE.md: 4101–4108).
export interface SubgraphEntry {
  /** Lower-case join__graph name; also the transport key. */
  name: string;
  /** Path of the SDL file relative to the repo root. */
  schemaPath: string;
  /** Default port when running locally. */
  defaultPort: number;
}

export const SUBGRAPHS: SubgraphEntry[] = [
  { name: 'marketplace', schemaPath: 'subgraphs/marketplace/schema.graphql', defaultPort: 4101 },
  { name: 'tenancy', schemaPath: 'subgraphs/tenancy/schema.graphql', defaultPort: 4102 },
  { name: 'workflows', schemaPath: 'subgraphs/workflows/schema.graphql', defaultPort: 4103 },
];
