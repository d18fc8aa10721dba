import { DataSource } from 'typeorm';
import { HttpAuditPort, launchSampleAudit, runSampleAudit, SAMPLE_PEOPLE as P } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { TEST_ADMIN_EMAIL } from '../support/test-identity';
import { eventually } from '../support/test-stack';
import { readTimeline } from '../support/timeline';

/** The team leader's mailbox does not exist: the mail server answers 550 at RCPT TO, as real ones do. */
describe('mail the server refuses for good', () => {
  const stack = useFullStack({ unknownMailboxes: [P.teamLeader.email] });

  it('is marked undeliverable with the reason, the rest is delivered, the programme manager is told, and the audit closes', async () => {
    const { auditId } = await launchSampleAudit(stack.client);
    await runSampleAudit(new HttpAuditPort(stack.client, auditId));
    const pm = P.programmeManager.email;
    await eventually(async () => expect((await stack.client.get(`/audits/${auditId}`, pm)).body.audit.phase).toBe('closed'), { timeoutMs: 60_000 });

    const db = stack.api.app.get(DataSource);
    const rows: { dedupe_key: string; status: string; last_error: string | null; recipients: { to: string[]; cc: string[] } }[] = await eventually(async () => {
      const current = await db.query(`SELECT dedupe_key, status, last_error, recipients FROM notifications WHERE audit_id = $1`, [auditId]);
      expect(current.filter((row: { status: string }) => row.status === 'pending')).toEqual([]);
      return current;
    });
    const onlyToLead = rows.filter((row) => [...row.recipients.to, ...row.recipients.cc].every((address) => address === P.teamLeader.email));
    expect(onlyToLead.length).toBeGreaterThan(3);
    for (const row of onlyToLead) {
      expect(row).toMatchObject({ status: 'undeliverable', last_error: expect.stringContaining('550') });
    }
    const toOthers = rows.filter((row) => !onlyToLead.includes(row) && row.dedupe_key.startsWith('audit-'));
    expect(toOthers.length).toBeGreaterThan(3);
    expect(toOthers.every((row) => row.status === 'sent')).toBe(true);

    // The programme manager hears of each mail the team leader did not get, once per mail.
    const notices = stack.mail.mailbox.messages().filter((message) => message.envelope.to.includes(pm) && message.subject.startsWith('Mail not delivered:'));
    expect(notices.length).toBe(onlyToLead.length + rows.filter((row) => !onlyToLead.includes(row) && row.status === 'sent' && [...row.recipients.to, ...row.recipients.cc].includes(P.teamLeader.email)).length);
    expect(notices[0]!.text).toContain(P.teamLeader.email);
    const timeline = await readTimeline(stack.client, auditId, pm);
    const undeliverable = timeline.filter((entry) => entry.type === 'notification.undeliverable');
    expect(undeliverable).toHaveLength(onlyToLead.length);
    expect(undeliverable[0]!.summary).toContain('550');

    // Operators see it: health is degraded with the count (at its next background check), and admins list, discard or
    // retry each stuck mail.
    await eventually(async () => {
      const health = await stack.client.get('/health', undefined);
      expect(health.status).toBe(200);
      expect(health.body.status).toBe('degraded');
      expect(health.body.stuck.undeliverableMail).toBeGreaterThanOrEqual(onlyToLead.length);
    });
    const admin = TEST_ADMIN_EMAIL;
    expect((await stack.client.get('/admin/stuck-mail', pm)).status).toBe(403);
    const listed = await stack.client.get('/admin/stuck-mail?limit=500', admin);
    const ours = listed.body.items.filter((mail: { auditId?: string }) => mail.auditId === auditId);
    expect(ours.map((mail: { dedupeKey: string }) => mail.dedupeKey).sort()).toEqual(onlyToLead.map((row) => row.dedupe_key).sort());
    expect(ours[0]).toMatchObject({ status: 'undeliverable', lastError: expect.stringContaining('550'), auditTitle: expect.any(String) });

    const [discarded, retried] = onlyToLead.map((row) => row.dedupe_key);
    const discard = await stack.client.request('POST', `/admin/stuck-mail/${encodeURIComponent(discarded!)}/discard`, admin, {});
    expect(discard.status).toBe(200);
    expect(discard.body.status).toBe('discarded');
    expect((await stack.client.request('POST', `/admin/stuck-mail/${encodeURIComponent(discarded!)}/discard`, admin, {})).status).toBe(404);
    const retry = await stack.client.request('POST', `/admin/stuck-mail/${encodeURIComponent(retried!)}/retry`, admin, {});
    expect(retry.status).toBe(200);
    // The address is still unknown: the second try is refused again, and given up again without a second notice.
    await eventually(async () => {
      const [row] = await db.query(`SELECT status, attempts FROM notifications WHERE dedupe_key = $1`, [retried]);
      expect(row).toMatchObject({ status: 'undeliverable', attempts: 2 });
    });
    const after = (await readTimeline(stack.client, auditId, pm)).map((entry) => entry.type);
    expect(after.filter((type: string) => type === 'notification.discarded')).toHaveLength(1);
    expect(after.filter((type: string) => type === 'notification.retried')).toHaveLength(1);
  });
});
