import { ApiError } from '../../lib/api.js';

/**
 * The server's field messages keyed by form path. `toField` turns a server path
 * (`inputWindow.closesAt`, `options.0.label`) into the form's path, or null when the form has no such field.
 */
export function fieldErrors(error: unknown, toField: (path: string) => string | null): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(error instanceof ApiError)) return errors;
  for (const field of error.fields) {
    const key = toField(field.path);
    if (key) errors[key] ??= field.message;
  }
  return errors;
}
