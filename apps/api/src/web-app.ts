import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { isWebPage, signInPath } from '@auditflow/domain';
import { SessionCookies } from './auth/cookies';

/** The built web app (apps/web/dist), when there is one: `npm start`, the tests and the image build it. */
export function builtWebApp(): string | undefined {
  try {
    return dirname(require.resolve('@auditflow/web/dist'));
  } catch {
    return undefined;
  }
}

/**
 * Serves the web app from the same origin as the API. Its files are under /assets; a browser asking for one of the
 * app's pages (WEB_PAGES, with Accept: text/html) gets the app, and API clients asking the same path for JSON get
 * the API as before. A browser without a session is sent to sign in first and comes back to the page.
 */
export function serveWebApp(app: NestExpressApplication, dir: string, cookies: SessionCookies): void {
  const page = readFileSync(join(dir, 'index.html'));
  app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets/', index: false, immutable: true, maxAge: '365d', fallthrough: false });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !isWebPage(request.path) || request.accepts(['json', 'html']) !== 'html') return next();
    if (!cookies.read(request, cookies.sessionName)) return response.redirect(303, signInPath(request.originalUrl));
    response.type('html').set('Cache-Control', 'no-cache').send(page);
  });
}
