import type { ErrorResponse } from '../../domain/contracts/common.js';
import { i18n } from './i18n.js';

type FieldError = { path: string; message: string };

/** Any failed request. `message` and field messages are already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly requestId?: string,
    /** Extra data some errors carry, e.g. the stored record on a VERSION_CONFLICT. */
    readonly details?: unknown,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | boolean | undefined | null>;
type Options = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
};

/** A path with its query string; empty values are left out, as the server treats them as absent. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

let csrfToken: Promise<string> | undefined;

function csrf(): Promise<string> {
  csrfToken ??= api<{ token: string }>('/api/auth/csrf').then(
    (r) => r.token,
    (err: unknown) => {
      csrfToken = undefined;
      throw err;
    },
  );
  return csrfToken;
}

/** Call after sign-in, sign-out and set-password: the server regenerates the session, and the token with it. */
export function forgetCsrfToken(): void {
  csrfToken = undefined;
}

async function send(path: string, options: Options, token?: string, accept = 'application/json'): Promise<Response> {
  const headers: Record<string, string> = { accept, 'accept-language': i18n.language };
  if (token) headers['x-csrf-token'] = token;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  try {
    return await fetch(apiUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (err) {
    if (options.signal?.aborted) throw err;
    throw new ApiError(0, 'NETWORK', i18n.t('ui.errors.network'));
  }
}

async function toError(res: Response): Promise<ApiError> {
  const parsed = (await res.json().catch(() => null)) as ErrorResponse | null;
  const e = parsed?.error;
  if (!e) return new ApiError(res.status, 'INTERNAL', i18n.t('ui.errors.unexpected', { status: res.status }));
  return new ApiError(res.status, e.code, e.message, e.fields ?? [], e.requestId, e.details);
}

const isCsrfRejection = (e: ApiError) => e.code === 'CSRF_INVALID';

/** A successful response: CSRF token attached to unsafe methods (and renewed once if rejected), failures thrown as ApiError. */
async function request(path: string, options: Options, accept?: string): Promise<Response> {
  const unsafe = (options.method ?? 'GET') !== 'GET';
  let res = await send(path, options, unsafe ? await csrf() : undefined, accept);
  if (unsafe && res.status === 403) {
    const error = await toError(res);
    if (!isCsrfRejection(error)) throw error;
    forgetCsrfToken();
    res = await send(path, options, await csrf(), accept);
  }
  if (!res.ok) throw await toError(res);
  return res;
}

/** The one HTTP client of the web app. */
export async function api<T>(path: string, options: Options = {}): Promise<T> {
  const res = await request(path, options);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** The file name in a Content-Disposition header, preferring the UTF-8 `filename*`. */
export function dispositionFileName(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  return /filename="([^"]*)"/i.exec(header)?.[1] ?? /filename=([^;]+)/i.exec(header)?.[1]?.trim() ?? null;
}

/**
 * A request answered with a file rather than JSON (a PDF drafted on the fly, for a POST that a
 * plain link cannot make), with the same CSRF handling and ApiError mapping as `api()`.
 */
export async function apiFile(path: string, options: Options = {}): Promise<{ blob: Blob; fileName: string | null }> {
  const res = await request(path, options, '*/*');
  return { blob: await res.blob(), fileName: dispositionFileName(res.headers.get('content-disposition')) };
}

/** A multipart body with one file in the field `file`, as every upload endpoint expects. */
export function fileBody(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

/** The same ApiError mapping as `toError`, for a body read by XMLHttpRequest. */
function xhrError(xhr: XMLHttpRequest): ApiError {
  let parsed: ErrorResponse | null;
  try {
    parsed = JSON.parse(xhr.responseText) as ErrorResponse;
  } catch {
    parsed = null;
  }
  const e = parsed?.error;
  // A proxy in front of the server may refuse a large body with its own HTML page.
  if (!e && xhr.status === 413) return new ApiError(413, 'PAYLOAD_TOO_LARGE', i18n.t('error.PAYLOAD_TOO_LARGE'));
  if (!e) return new ApiError(xhr.status, 'INTERNAL', i18n.t('ui.errors.unexpected', { status: xhr.status }));
  return new ApiError(xhr.status, e.code, e.message, e.fields ?? [], e.requestId, e.details);
}

function sendXhr<T>(path: string, body: FormData, token: string, onProgress: (fraction: number) => void, signal?: AbortSignal) {
  return new Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', i18n.language);
    xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve({ ok: true, value: (xhr.status === 204 ? undefined : JSON.parse(xhr.responseText)) as T });
        } catch {
          resolve({ ok: false, error: new ApiError(xhr.status, 'INTERNAL', i18n.t('ui.errors.unexpected', { status: xhr.status })) });
        }
      } else resolve({ ok: false, error: xhrError(xhr) });
    };
    xhr.onerror = () => resolve({ ok: false, error: new ApiError(0, 'NETWORK', i18n.t('ui.errors.network')) });
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    if (signal?.aborted) return reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

/**
 * A multipart POST that reports how much of the body has been sent (fetch cannot), with the same
 * CSRF handling and ApiError mapping as `api()`. `onProgress` gets 0–1. Aborting rejects with an AbortError.
 */
export async function uploadWithProgress<T>(path: string, formData: FormData, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<T> {
  let result = await sendXhr<T>(path, formData, await csrf(), onProgress, signal);
  if (!result.ok && result.error.status === 403 && isCsrfRejection(result.error)) {
    forgetCsrfToken();
    onProgress(0);
    result = await sendXhr<T>(path, formData, await csrf(), onProgress, signal);
  }
  if (!result.ok) throw result.error;
  onProgress(1);
  return result.value;
}
