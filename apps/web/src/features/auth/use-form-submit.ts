'use client';
// Shared submit flow for mutation forms: pending state, payload errors split per field, thrown errors to the banner.
import { useState, type FormEvent } from 'react';
import { describeRequestError, noErrors, splitErrors, type PayloadError, type SplitErrors } from '../../lib/user-errors';

export interface SubmitOutcome {
  errors: readonly PayloadError[];
  /** Runs only when `errors` is empty. */
  onSuccess?: () => void | Promise<void>;
}

export function useFormSubmit(fields: readonly string[], submit: (data: FormData) => Promise<SubmitOutcome>) {
  const [errors, setErrors] = useState<SplitErrors>(noErrors);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setErrors(noErrors);
    try {
      const outcome = await submit(new FormData(event.currentTarget));
      if (outcome.errors.length) setErrors(splitErrors(outcome.errors, fields));
      else await outcome.onSuccess?.();
    } catch (error) {
      setErrors({ fields: {}, banner: describeRequestError(error) });
    } finally {
      setPending(false);
    }
  }

  return { errors, pending, onSubmit };
}

export function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}
