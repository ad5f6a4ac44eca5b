// The one domain error type below the API; it becomes a GraphQL error or a payload error at the edge.
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** A plan limit would be exceeded; the message names the limit, its value and the current use. */
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL: 'INTERNAL',
} as const;
export type TErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldProblem {
  field: string;
  message: string;
}

export class DomainError extends Error {
  readonly code: TErrorCode;
  readonly field: string | undefined;
  readonly problems: FieldProblem[];

  constructor(code: TErrorCode, message: string, opts: { field?: string; problems?: FieldProblem[]; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = 'DomainError';
    this.code = code;
    this.field = opts.field;
    this.problems = opts.problems ?? (opts.field ? [{ field: opts.field, message }] : []);
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

/** Payload error shape every mutation returns: `{ code, message, field }`. */
export interface PayloadError {
  code: TErrorCode;
  message: string;
  field: string | null;
}

/** Turns a domain error into the list a mutation payload carries; one entry per field problem. */
export function toPayloadErrors(e: DomainError): PayloadError[] {
  if (e.problems.length === 0) return [{ code: e.code, message: e.message, field: e.field ?? null }];
  return e.problems.map((p) => ({ code: e.code, message: p.message, field: p.field }));
}
