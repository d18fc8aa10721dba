import { escapeHtml } from '../common/escape-html';

/** The few server-rendered pages of signing in (the web app will take over the rest). */

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Auditflow</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
input,button{font:inherit;padding:.5rem;margin:.25rem 0;width:100%;box-sizing:border-box}label{display:block;margin-top:.75rem}
.note{color:#444}.error{color:#a00}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

export function signInPage(options: { returnTo: string; ssoAvailable: boolean; message?: string }): string {
  const returnTo = escapeHtml(options.returnTo);
  const sso = options.ssoAvailable
    ? `<p><a id="sso" href="/auth/sso/start?returnTo=${encodeURIComponent(options.returnTo)}">Sign in with your organisation account (single sign-on)</a></p><h2>Or by e-mail</h2>`
    : '';
  const message = options.message ? `<p class="note" role="status">${escapeHtml(options.message)}</p>` : '';
  return page(
    'Sign in',
    `${message}${sso}<form method="post" action="/auth/sign-in-link">
<label for="email">Your e-mail address</label><input id="email" name="email" type="email" autocomplete="email" required>
<input type="hidden" name="returnTo" value="${returnTo}"><button type="submit">E-mail me a sign-in link</button></form>`,
  );
}

export function linkConfirmPage(token: string, usable: boolean): string {
  if (!usable) return page('This link no longer works', `<p class="error">It was used already or has expired.</p><p><a href="/auth/sign-in">Ask for a new sign-in link</a></p>`);
  return page(
    'Sign in to Auditflow',
    `<form method="post" action="/auth/link"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit" id="continue">Continue</button></form>
<p class="note">One click more, so that mail scanners that open links cannot use yours up.</p>`,
  );
}

export function setupPage(token: string): string {
  return page(
    'Set up Auditflow',
    `<p>You are the first administrator. Who are you?</p><form method="post" action="/auth/setup">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<label for="email">E-mail address</label><input id="email" name="email" type="email" required>
<label for="name">Name</label><input id="name" name="name" required>
<button type="submit">Become administrator</button></form>`,
  );
}
