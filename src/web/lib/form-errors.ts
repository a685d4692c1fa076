import type { UseFormReturnType } from '@mantine/form';
import { ApiError } from './api.js';

/** Puts the server's field messages under the matching form fields (`roles.0` goes to `roles`). */
export function showFieldErrors<T extends object>(form: UseFormReturnType<T>, error: unknown): void {
  if (!(error instanceof ApiError)) return;
  const values = form.getValues();
  const errors: Record<string, string> = {};
  for (const field of error.fields) {
    const key = field.path.split('.')[0] ?? '';
    if (key in values) errors[key] ??= field.message;
  }
  form.setErrors(errors);
}
