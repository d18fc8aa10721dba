import { NOTIFICATION_KINDS, NotificationIntent } from '@auditflow/domain';
import { RenderableNotification, renderNotification, TEMPLATE_SOURCES } from '@auditflow/activities/notifications';
import { AUDIT_ID, AUDIT_LESS, AUDIT_TITLE, DIGEST, intentsByKind, PUBLIC_URL, rowFor } from './fixtures';

const intents = intentsByKind();
const context = { publicUrl: PUBLIC_URL, auditTitle: AUDIT_TITLE };
const render = (row: RenderableNotification, ctx: { publicUrl: string; auditTitle?: string } = context) => renderNotification(row, ctx);

function intent(kind: (typeof NOTIFICATION_KINDS)[number]): NotificationIntent {
  const found = intents.get(kind);
  if (!found) throw new Error(`the fixtures have no ${kind} notification`);
  return found;
}

/** Fields a template may leave out when absent (it tests them with {{#if}}). Every other field it names is required. */
const OPTIONAL: Partial<Record<string, string[]>> = { 'extension-decided': ['note'] };

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe.each(NOTIFICATION_KINDS.map((kind) => [kind]))('%s', (kind) => {
  const row = rowFor(intent(kind));

  it('renders a one-line subject, a text and an HTML body without holes', () => {
    const mail = render(row);
    expect(mail.subject).not.toMatch(/\n/);
    expect(mail.subject.length).toBeGreaterThan(10);
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toMatch(/undefined|null|NaN|Invalid Date|\[object Object\]|\{\{/);
    }
    expect(mail.html).toMatch(/^<!DOCTYPE html>/);
    expect(mail.html).toContain(`<title>${escapeHtml(mail.subject)}</title>`);
  });

  it('names the audit and shows dates in ISO and readable UTC form', () => {
    const mail = render(row);
    if (!AUDIT_LESS.includes(kind)) {
      expect(mail.text).toContain(AUDIT_TITLE);
      expect(mail.html).toContain(escapeHtml(AUDIT_TITLE));
    }
    const dueAt = row.data.dueAt;
    if (typeof dueAt === 'string') {
      expect(mail.text).toContain(dueAt);
      expect(mail.text).toMatch(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC/);
    }
    if (row.data.level !== undefined) expect(mail.text).toContain(`Escalation level: ${row.data.level}`);
  });

  it('throws rather than render when a field its templates use is missing', () => {
    const source = TEMPLATE_SOURCES[kind];
    const templates = `${source.subject}\n${source.text}\n${source.html}`;
    const used = Object.keys(row.data).filter((key) => new RegExp(`\\b${key}\\b`).test(templates) && !(OPTIONAL[kind] ?? []).includes(key));
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) {
      const { [key]: _removed, ...rest } = row.data;
      const withoutTitle = key === 'auditTitle' ? { publicUrl: PUBLIC_URL } : context;
      expect(() => render({ ...row, data: rest }, withoutTitle)).toThrow(new RegExp(`cannot render the ${kind} notification`));
    }
  });

  it('is deterministic, so a re-sent mail is the same mail', () => {
    expect(render(row)).toEqual(render(rowFor(intent(kind))));
  });
});

describe('links', () => {
  it('point at the task for task notifications', () => {
    const mail = render(rowFor(intent('task-reminder')));
    const link = `${PUBLIC_URL}/audits/${AUDIT_ID}/tasks/T-1`;
    expect(mail.text).toContain(`Open the task: ${link}`);
    expect(mail.html).toContain(`href="${link}"`);
  });

  it('point at the decision task for an extension request', () => {
    expect(render(rowFor(intent('extension-requested'))).text).toContain(`/audits/${AUDIT_ID}/tasks/T-2`);
  });

  it('point at the audit when there is no task', () => {
    for (const kind of ['urgent-risk', 'report-distributed', 'meeting-invitation', 'audit-cancelled'] as const) {
      const mail = render(rowFor(intent(kind)));
      expect(mail.text).toContain(`Open the audit: ${PUBLIC_URL}/audits/${AUDIT_ID}\n`);
      expect(mail.html).toContain(`href="${PUBLIC_URL}/audits/${AUDIT_ID}"`);
    }
  });

  it('point at Auditflow from a digest, and at each task from its line', () => {
    const mail = render(rowFor(intent('overdue-digest')));
    expect(mail.text).toContain(`Open Auditflow: ${PUBLIC_URL}/`);
    for (const item of DIGEST.items) {
      expect(mail.text).toContain(item.link);
      expect(mail.html).toContain(`href="${item.link}"`);
    }
  });

  it('survive a trailing slash in the public URL and ids that are not URL-safe', () => {
    const row = { ...rowFor(intent('task-assigned')), auditId: 'a/b', taskId: 'T 1?' };
    expect(render(row, { publicUrl: `${PUBLIC_URL}/`, auditTitle: 'A' }).text).toContain(`${PUBLIC_URL}/audits/a%2Fb/tasks/T%201%3F`);
  });
});

describe('escaping', () => {
  const hostile = '<script>alert("x")</script> & <b>bold</b>';
  const row = (): RenderableNotification => {
    const base = rowFor(intent('urgent-risk'));
    return { ...base, data: { ...base.data, description: hostile, reportedBy: '<img src=x onerror=alert(1)>' } };
  };

  it('escapes user text in HTML', () => {
    const { html } = render(row(), { publicUrl: PUBLIC_URL, auditTitle: '<i>Audit</i>' });
    expect(html).not.toMatch(/<script|<img|<b>bold|<i>Audit/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(html).toContain('&lt;i&gt;Audit&lt;/i&gt;');
  });

  it('leaves plain text and the subject as written', () => {
    const mail = render(row(), { publicUrl: PUBLIC_URL, auditTitle: 'R&D <core>' });
    expect(mail.text).toContain(hostile);
    expect(mail.subject).toBe('Urgent: significant risk found in the audit R&D <core>');
  });

  it('keeps the subject on one line whatever the data holds', () => {
    const base = rowFor(intent('task-assigned'));
    const mail = render({ ...base, data: { ...base.data, taskTitle: 'Line one\r\nBcc: someone@example.org' } });
    expect(mail.subject).toBe(`New task: Line one Bcc: someone@example.org (${AUDIT_TITLE})`);
  });
});

describe('audit title', () => {
  const base = rowFor(intent('report-distributed'));

  it('comes from the context (the audits table) first', () => {
    expect(render(base, { publicUrl: PUBLIC_URL, auditTitle: 'Renamed audit' }).subject).toBe('Audit report issued: Renamed audit (version 1)');
  });

  it('falls back to the notification data', () => {
    expect(render(base, { publicUrl: PUBLIC_URL }).subject).toBe(`Audit report issued: ${AUDIT_TITLE} (version 1)`);
  });

  it('is required for every kind but the digest', () => {
    expect(() => render(rowFor(intent('task-assigned')), { publicUrl: PUBLIC_URL })).toThrow(/"auditTitle" not defined/);
    expect(() => render(rowFor(intent('overdue-digest')), { publicUrl: PUBLIC_URL })).not.toThrow();
  });
});

describe('kind-specific wording', () => {
  it('reads an approved and a refused extension correctly, and omits an absent note', () => {
    const base = rowFor(intent('extension-decided'));
    expect(render(base).subject).toMatch(/^Extension approved: /);
    expect(render(base).text).toContain('Note: Fine, but no later than that');
    const refused = render({ ...base, data: { ...base.data, approved: false, note: undefined } });
    expect(refused.subject).toMatch(/^Extension refused: /);
    expect(refused.text).toContain('was refused.');
    expect(refused.text).not.toContain('Note:');
  });

  it('says a reminder is due in the lead time, in words', () => {
    expect(render(rowFor(intent('task-reminder'))).text).toContain('is due in about 2 days');
  });

  it('marks a changed meeting as an update and gives the slot in its zone and UTC', () => {
    const first = render(rowFor(intent('meeting-invitation')));
    expect(first.subject).toBe('Invitation: Opening meeting: ISMS internal audit 2026');
    expect(first.text).toContain('When:    Tue 1 Dec 2026, 09:00–10:30 Europe/Berlin (08:00–09:30 UTC)');
    const base = rowFor(intent('meeting-invitation'));
    const moved = render({ ...base, data: { ...base.data, sequence: 1 }, invite: { ...base.invite!, sequence: 1 } });
    expect(moved.subject).toBe('Updated invitation: Opening meeting: ISMS internal audit 2026');
    expect(moved.text).toContain('replaces the earlier one');
  });

  it('counts the digest lines in its subject', () => {
    expect(render(rowFor(intent('overdue-digest'))).subject).toBe('Overdue tasks: 2 tasks past due');
  });

  it('rejects a digest whose items are malformed', () => {
    const base = rowFor(intent('overdue-digest'));
    const broken = { ...DIGEST, items: [{ ...DIGEST.items[0], escalationLevel: 'two' }] };
    expect(() => render({ ...base, data: broken as unknown as RenderableNotification['data'] })).toThrow(/items\[0\]\.escalationLevel/);
  });
});

describe('calendar part', () => {
  it('comes with meeting notifications only, with the invite method', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const mail = render(rowFor(intent(kind)));
      if (kind === 'meeting-invitation') expect(mail.icalEvent?.method).toBe('REQUEST');
      else if (kind === 'meeting-cancellation') expect(mail.icalEvent?.method).toBe('CANCEL');
      else expect(mail.icalEvent).toBeUndefined();
    }
  });

  it('is refused for a meeting notification without its invite', () => {
    expect(() => render({ ...rowFor(intent('meeting-invitation')), invite: null })).toThrow(/needs its calendar invite/);
  });
});
