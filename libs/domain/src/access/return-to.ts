import { WEB_PAGES } from '../web-pages';
import { isWellFormedText } from '../text';

/**
 * Where to go after signing in: a path on this site only (never another origin, never `//host`), so a link cannot
 * be turned into an open redirect. Anything else goes to the web app's landing page.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\') || value.length > 2000 || !isWellFormedText(value)) return WEB_PAGES.myTasks;
  return value;
}

/** The sign-in page, coming back to `returnTo` afterwards: where a browser without a session is sent. */
export function signInPath(returnTo: string): string {
  return `/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
}
