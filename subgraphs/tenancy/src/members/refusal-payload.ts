// Like asPayload, but a refusal tied to an input field (a role out of reach, a scope the creator lacks, another
// person's invitation) is data the form shows next to that field; refusals without a field stay GraphQL errors.
import { GraphQLError } from 'graphql';
import { asPayload } from '@nexus/kernel/payload';
import { DomainError, ErrorCode, toPayloadErrors, type PayloadError } from '@nexus/kernel/errors';

export async function asRefusablePayload<T extends object>(run: () => Promise<T>): Promise<T & { errors: PayloadError[] }> {
  try {
    return await asPayload(run);
  } catch (e) {
    const original = e instanceof GraphQLError ? e.originalError : null;
    if (original instanceof DomainError && original.code === ErrorCode.FORBIDDEN && original.field) {
      return { errors: toPayloadErrors(original) } as unknown as T & { errors: PayloadError[] };
    }
    throw e;
  }
}
