// Prints field problems and GraphQL errors the same way in every command.
import type { CliIo } from './cli-io';
import type { PayloadError } from './graphql-documents';
import type { GraphqlError, TGraphqlResult } from './registry-client';

export function printProblems(io: CliIo, problems: readonly { field: string; message: string }[]): void {
  for (const p of problems) io.err(`  ${p.field ? `${p.field}: ` : ''}${p.message}`);
}

export function printPayloadErrors(io: CliIo, errors: readonly PayloadError[]): void {
  for (const e of errors) io.err(`error ${e.code}${e.field ? ` (${e.field})` : ''}: ${e.message}`);
}

export function printGraphqlErrors(io: CliIo, errors: readonly GraphqlError[]): void {
  for (const e of errors) io.err(`error ${e.code}: ${e.message}`);
  if (errors.some((e) => e.code === 'UNAUTHENTICATED')) io.err('  check the API key (--api-key or NEXUS_API_KEY)');
}

/** The data of a GraphQL result, or undefined after printing its errors (the command then exits 1). */
export function graphqlData<T>(io: CliIo, result: TGraphqlResult<T>): T | undefined {
  if (result.ok) return result.data;
  printGraphqlErrors(io, result.errors);
  return undefined;
}
