import { loadConfig } from '@auditflow/config';
import { AuditflowClient, newestSignInLink, ReceivedMail, signInWithLink } from './client';
import { signInWithSso } from './development-sign-in';
import { HttpAuditPort } from './http-audit-port';
import { launchSampleAudit } from './launch-sample-audit';
import { runSampleAudit } from './sample-audit-script';
import { SAMPLE_PEOPLE, SAMPLE_STAFF } from './sample-people';

/**
 * `npm run demo`: against a running `npm start`, drives one sample audit through every phase via the public API and
 * exits 0 once the audit is closed. Every step is taken by its signed-in person: the staff by single sign-on through
 * the embedded identity provider, the auditee's people by e-mail links read from the local mailbox.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  // PUBLIC_URL, not another name of the same host: single sign-on returns there, with its cookie.
  const baseUrl = process.env.AUDITFLOW_URL ?? config.publicUrl;
  const mailboxUrl = process.env.AUDITFLOW_MAILBOX_URL ?? `http://127.0.0.1:${config.MAILBOX_HTTP_PORT}`;
  const health = await fetch(`${baseUrl}/health`).catch((error: unknown) => {
    throw new Error(`Auditflow is not reachable at ${baseUrl} (${String(error)}): start it with npm start`);
  });
  if (!health.ok) throw new Error(`Auditflow at ${baseUrl} is not healthy: ${await health.text()}`);

  const staff = new Set(SAMPLE_STAFF.map((person) => person.email));
  const client = new AuditflowClient(baseUrl, async (email) => {
    const session = staff.has(email) ? await signInWithSso(baseUrl, email) : await signInWithLink(baseUrl, email, linkFromMailbox(mailboxUrl));
    console.log(`  signed in: ${email} (${staff.has(email) ? 'single sign-on' : 'e-mail link'})`);
    return session;
  });
  const { auditId, programmeId } = await launchSampleAudit(client);
  console.log(`programme ${programmeId}\naudit     ${auditId}  (${baseUrl}/audits/${auditId})\n`);
  await runSampleAudit(new HttpAuditPort(client, auditId), (line) => console.log(`  ${line}`));

  const deadline = Date.now() + 30_000;
  for (;;) {
    const audit = (await client.get<{ audit: { phase: string } }>(`/audits/${auditId}`, SAMPLE_PEOPLE.programmeManager.email)).body;
    if (audit.audit.phase === 'closed') break;
    if (Date.now() > deadline) throw new Error(`the audit ended in phase ${audit.audit.phase}, not closed`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.log(`\naudit ${auditId} is closed. Timeline: ${baseUrl}/audits/${auditId}`);
}

/** The newest sign-in link the local mailbox's page lists for the address (its JSON view). */
function linkFromMailbox(mailboxUrl: string) {
  return async (email: string, since: Date): Promise<string | undefined> =>
    newestSignInLink((await (await fetch(`${mailboxUrl}/messages.json`)).json()) as ReceivedMail[], email, since);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
