// Errors a step executor throws: a message plus the code the engine records, routes on and shows in run history.
export type StepErrorCode =
  | 'EXPRESSION_ERROR' | 'SECRET_NOT_FOUND' | 'HOST_NOT_ALLOWED' | 'TOO_MANY_REDIRECTS' | 'RESPONSE_TOO_LARGE'
  | 'HTTP_STATUS' | 'HTTP_ERROR' | 'TIMEOUT' | 'CANCELLED' | 'CODE_ERROR' | 'INVALID_OUTPUT' | 'MEMORY_LIMIT' | 'LLM_ERROR';

export class StepError extends Error {
  constructor(readonly code: StepErrorCode, message: string) {
    super(message);
    this.name = 'StepError';
  }
}

export const stepError = (code: StepErrorCode, message: string): StepError => new StepError(code, message);
