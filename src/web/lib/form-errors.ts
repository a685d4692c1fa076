import type { UseFormReturnType } from '@mantine/form';
import { ApiError } from './api.js';

/**
 * Puts the server's field messages under the matching form fields (`roles.0` goes to `roles`).
 * A form whose fields do not mirror the body passes `toField`, turning a server path
 * (`obligations.unitTypeQuotas.dinas`) into the form's path, or null when no field shows it.
 */
export function showFieldErrors<T extends object>(form: UseFormReturnType<T>, error: unknown, toField?: (path: string) => string | null): void {
  if (!(error instanceof ApiError)) return;
  const values = form.getValues();
  const errors: Record<string, string> = {};
  for (const field of error.fields) {
    const key = toField ? toField(field.path) : (field.path.split('.')[0] ?? '');
    if (key && (toField || key in values)) errors[key] ??= field.message;
  }
  form.setErrors(errors);
}
