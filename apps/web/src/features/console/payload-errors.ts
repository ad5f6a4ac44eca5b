// One line of text from a mutation payload's errors, for inline messages next to the thing acted on.
import type { PayloadError } from '../../lib/user-errors';

export function errorText(errors: readonly PayloadError[]): string | null {
  return errors.length ? errors.map((error) => error.message).join(' ') : null;
}
