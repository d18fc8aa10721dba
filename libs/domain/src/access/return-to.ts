import { isWellFormedText } from '../text';

/**
 * Where to go after signing in: a path on this site only (never another origin, never `//host`), so a link cannot
 * be turned into an open redirect. Anything else goes to the web app's landing page.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\') || value.length > 2000 || !isWellFormedText(value)) return '/';
  return value;
}
