// Queries have no payload type: domain errors become GraphQL errors carrying the code and field.
import { GraphQLError } from 'graphql';
import { isDomainError } from '@nexus/kernel/errors';

export async function query<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isDomainError(e)) throw new GraphQLError(e.message, { extensions: { code: e.code, field: e.field }, originalError: e });
    throw e;
  }
}
