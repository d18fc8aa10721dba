import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Mailbox, MailboxMessage } from './mailbox';

export interface MailboxWeb {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** A small read-only web view of a Mailbox: `/`, `/messages/:id`, `/messages/:id.eml`, `/messages.json`. */
export async function startMailboxWeb(mailbox: Mailbox, options: { port: number; host?: string }): Promise<MailboxWeb> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    try {
      route(mailbox, request, response);
    } catch (error) {
      send(response, 500, 'text/plain', error instanceof Error ? error.message : String(error));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function route(mailbox: Mailbox, request: IncomingMessage, response: ServerResponse): void {
  const path = new URL(request.url ?? '/', 'http://mailbox').pathname;
  if (request.method !== 'GET') return send(response, 405, 'text/plain', 'read only');
  if (path === '/') return send(response, 200, 'text/html', listPage(mailbox.messages().reverse()));
  if (path === '/messages.json') return send(response, 200, 'application/json', JSON.stringify(mailbox.messages().reverse()));
  const match = /^\/messages\/([\w-]+?)(\.eml)?$/.exec(path);
  const message = match ? mailbox.message(match[1]) : undefined;
  if (!match || !message) return send(response, 404, 'text/html', page('Not found', '<p>No such message. <a href="/">Back</a></p>'));
  if (match[2]) return send(response, 200, 'message/rfc822', mailbox.raw(message.id) ?? '');
  return send(response, 200, 'text/html', messagePage(message));
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  response.end(body);
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}pre{white-space:pre-wrap}</style>
</head><body>${body}</body></html>`;
}

function listPage(messages: MailboxMessage[]): string {
  const rows = messages
    .map(
      (message) => `<tr><td>${escape(message.receivedAt.toISOString())}</td><td>${escape(message.from)}</td>
<td>${escape(message.envelope.to.join(', '))}</td><td><a href="/messages/${message.id}">${escape(message.subject || '(no subject)')}</a></td></tr>`,
    )
    .join('\n');
  const table = messages.length
    ? `<table><thead><tr><th>Received</th><th>From</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p>No mail yet.</p>';
  return page('Auditflow mailbox', `<h1>Auditflow mailbox</h1><p>${messages.length} message(s), newest first. <a href="/">Refresh</a></p>${table}`);
}

function messagePage(message: MailboxMessage): string {
  const headers = message.headers.map((header) => `<tr><th>${escape(header.name)}</th><td>${escape(header.value)}</td></tr>`).join('');
  return page(
    message.subject,
    `<p><a href="/">&larr; All messages</a> · <a href="/messages/${message.id}.eml">Raw .eml</a></p>
<h1>${escape(message.subject || '(no subject)')}</h1>
<table><tr><th>Envelope to</th><td>${escape(message.envelope.to.join(', '))}</td></tr>${headers}</table>
<h2>Text</h2><pre id="text">${escape(message.text)}</pre>`,
  );
}
