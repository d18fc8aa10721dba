/** The ways to prove who you are, as OpenAPI security schemes; every endpoint but sign-in and health needs one. */
export const SESSION_COOKIE_SCHEME = 'session';
export const BEARER_SCHEME = 'bearer';

/** Either a session cookie (browsers; changes also need x-csrf-token) or a bearer token (API token or IdP access token). */
export const SECURITY_REQUIREMENTS = [{ [SESSION_COOKIE_SCHEME]: [] }, { [BEARER_SCHEME]: [] }];
