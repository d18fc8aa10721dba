/**
 * The web app's pages, as paths. The app's router mounts them, the API answers a browser's request for one of them
 * with the app, and mail links point at them: one list, so none of the three can name a page the others lack.
 */
export const WEB_PAGES = {
  myTasks: '/',
  audits: '/audits',
  audit: '/audits/:id',
  task: '/audits/:id/tasks/:taskId',
  launchAudit: '/audits/new',
  programme: '/programme',
  followUps: '/follow-ups',
  auditors: '/auditors',
  people: '/people',
  tokens: '/tokens',
} as const;

export type WebPage = keyof typeof WEB_PAGES;

/** Whether `path` (no query) is one of the app's pages. */
export function isWebPage(path: string): boolean {
  return Object.values(WEB_PAGES).some((pattern) => new RegExp(`^${pattern.replace(/:[a-zA-Z]+/g, '[^/]+')}/?$`).test(path));
}

/** The address of a page, its parameters filled in (and encoded). */
export function webPagePath(page: WebPage, params: Record<string, string> = {}): string {
  return WEB_PAGES[page].replace(/:([a-zA-Z]+)/g, (_match, name: string) => encodeURIComponent(params[name] ?? ''));
}
