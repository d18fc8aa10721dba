/** The header in which changes made with the session cookie carry the session's CSRF token (GET /auth/session). */
export const CSRF_HEADER = 'x-csrf-token';
