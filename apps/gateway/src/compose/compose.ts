// Composes the supergraph from the subgraph SDL files with @apollo/composition (offline).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { SUBGRAPHS } from './subgraph-list';

export interface Composed {
  supergraphSdl: string;
  apiSchemaSdl: string;
}

export function composeSupergraph(repoRoot: string, urlFor: (name: string, port: number) => string = (_n, port) => `http://localhost:${port}/graphql`): Composed {
  const services = SUBGRAPHS.map((s) => ({
    name: s.name,
    url: urlFor(s.name, s.defaultPort),
    typeDefs: parse(readFileSync(join(repoRoot, s.schemaPath), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors?.length) {
    const lines = result.errors.map((e) => `  - ${e.message}`);
    throw new Error(`Supergraph composition failed:\n${lines.join('\n')}`);
  }
  if (!result.supergraphSdl || !result.schema) throw new Error('Supergraph composition produced no SDL');
  const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
  return { supergraphSdl: result.supergraphSdl, apiSchemaSdl: printSchema(apiSchema) + '\n' };
}
