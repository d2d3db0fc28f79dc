import type { FieldError } from '../../api/problem';
import { fieldId } from '../../forms/fieldId';

/** Field errors keyed by the id of the input that shows them, so `trainees[0]` and `trainees.0` meet. */
export type FieldErrors = Record<string, string>;

export function fieldErrors(errors: FieldError[]): FieldErrors {
  return Object.fromEntries(errors.map((error) => [fieldId(error.field), error.message]));
}

export function errorAt(errors: FieldErrors, path: string): string | undefined {
  return errors[fieldId(path)];
}
