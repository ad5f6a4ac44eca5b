// Splits mutation payload errors into per-field messages and one banner message.

export interface PayloadError {
  code: string;
  message: string;
  field?: string | null;
}

export interface SplitErrors {
  fields: Record<string, string>;
  banner: string | null;
}

/** Errors whose `field` is one of the form's inputs go next to it; the rest go to the banner. */
export function splitErrors(errors: readonly PayloadError[], formFields: readonly string[]): SplitErrors {
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const error of errors) {
    // Gateways may report `input.email`; the form knows it as `email`.
    const field = error.field?.split('.').pop();
    if (field && formFields.includes(field) && !fields[field]) fields[field] = error.message;
    else other.push(error.message);
  }
  return { fields, banner: other.length ? other.join(' ') : null };
}

export const noErrors: SplitErrors = { fields: {}, banner: null };

/** Banner text for a thrown request error. */
export function describeRequestError(error: unknown): string {
  if (error instanceof Error && 'isUnreachable' in error && error.isUnreachable) {
    return 'The Nexus Forge API is unreachable. Check your connection and try again.';
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}
