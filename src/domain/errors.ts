/** Stable error codes shared by the API and the web client. The HTTP status lives with the code. */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  /** A citizen (masyarakat) signs in before confirming the e-mail address: resend the link. */
  EMAIL_NOT_VERIFIED: 403,
  /** The form's CSRF token is missing or stale: the client fetches a new one and retries once. */
  CSRF_INVALID: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  /** Saved over a newer version: the body's `details.current` holds the stored one. */
  VERSION_CONFLICT: 409,
  SETUP_DONE: 409,
  /** A contest entry sent or changed from its registration's close instant on (`details`: closesAt, zone). */
  CONTEST_CLOSED: 409,
  /** A score changed from its judging round's close instant on: scores are locked. */
  ROUND_CLOSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;
