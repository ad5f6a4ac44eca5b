// Runs a mutation body and folds expected domain failures into the payload's `errors` list.
import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode, toPayloadErrors, type PayloadError } from './errors';

/** Authentication and authorization failures stay GraphQL errors; the rest become payload data. */
const THROWN = new Set<string>([ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN, ErrorCode.INTERNAL]);

export async function asPayload<T extends object>(run: () => Promise<T>): Promise<T & { errors: PayloadError[] }> {
  try {
    return { ...(await run()), errors: [] };
  } catch (e) {
    if (e instanceof DomainError && !THROWN.has(e.code)) return { errors: toPayloadErrors(e) } as unknown as T & { errors: PayloadError[] };
    if (e instanceof DomainError) throw new GraphQLError(e.message, { extensions: { code: e.code }, originalError: e });
    throw e;
  }
}
