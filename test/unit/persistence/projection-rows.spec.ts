import { auditRow, eventRows, notificationRows } from '@auditflow/activities/projection';
import { AuditDefinition, auditWorkflowId, DEFAULT_AUDIT_SETTINGS, diffAudit, performAuditAction, ProgressRecord, startAudit } from '@auditflow/domain';
import { messageIdFor } from '@auditflow/persistence';

const definition: AuditDefinition = {
  auditId: '7d3c0a58-35a4-4a52-9a39-3b0d2b1f6a10',
  programmeId: '0b6f7f8e-8a43-4f0c-9d55-7d7f1e0c2a11',
  title: 'ISMS audit',
  objectives: ['conformity'],
  scope: { units: ['IT'], sites: [], processes: [] },
  criteria: ['ISO/IEC 27001:2022'],
  method: 'remote',
  plannedStart: '2026-02-02T09:00:00.000Z',
  plannedEnd: '2026-02-03T17:00:00.000Z',
  auditee: { unit: 'IT', representative: { email: 'rep@example.org', name: 'Rep' }, manager: { email: 'boss@example.org', name: 'Boss' } },
  team: [{ email: 'lead@example.org', name: 'Lead', role: 'team-leader', unit: 'Audit' }],
  programmeManager: { email: 'pm@example.org', name: 'PM' },
  complianceLead: { email: 'cl@example.org', name: 'CL' },
};

function launchRecord(firstSeq: number): ProgressRecord {
  const outcome = startAudit(definition, DEFAULT_AUDIT_SETTINGS, '2026-01-05T09:00:00.000Z');
  return {
    workflowId: auditWorkflowId(definition.auditId),
    auditId: definition.auditId,
    firstSeq,
    phase: outcome.state.phase,
    at: '2026-01-05T09:00:00.000Z',
    events: outcome.events,
    delta: diffAudit(undefined, outcome.state, outcome.state.tasks[0]!.dueAt),
  };
}

describe('projection rows', () => {
  it('numbers events consecutively from firstSeq, stamped with the record\'s phase and time', () => {
    const record = launchRecord(7);
    const rows = eventRows(record);
    expect(rows.map((row) => row.seq)).toEqual(record.events.map((_event, index) => 7 + index));
    expect(rows[0]).toMatchObject({ type: 'audit.created', phase: 'initiating', occurred_at: record.at, actor_email: 'pm@example.org', actor_role: 'programme-manager' });
    expect(rows.every((row) => !('notify' in (row.data ?? {})))).toBe(true);
  });

  it('turns notification intents into outbox rows keyed by workflow id and intent key', () => {
    const record = launchRecord(1);
    const [row] = notificationRows(record);
    const key = `${record.workflowId}:T-1:assigned`;
    expect(notificationRows(record)).toHaveLength(1);
    expect(row).toMatchObject({ dedupe_key: key, message_id: messageIdFor(key), kind: 'task-assigned', task_id: 'T-1', recipients: { to: ['rep@example.org'], cc: [] } });
  });

  it('queues an intent repeated within one record only once', () => {
    const record = launchRecord(1);
    const doubled = { ...record, events: [...record.events, ...record.events] };
    expect(notificationRows(doubled)).toHaveLength(1);
  });

  it('takes the audit row\'s columns from the header, and its guard from firstSeq', () => {
    const record = launchRecord(3);
    if (record.delta.kind !== 'audit' || !record.delta.header) throw new Error('launch carries the header');
    expect(auditRow(record, record.delta.header)).toMatchObject({
      id: definition.auditId,
      workflow_id: record.workflowId,
      phase: 'initiating',
      auditee_unit: 'IT',
      compliance_lead_email: 'cl@example.org',
      next_due_at: record.delta.header.nextDueAt,
      last_seq: 3,
      updated_at: record.at,
    });
  });

  it('records the cancellation reason of a cancelled audit', () => {
    const launched = startAudit(definition, DEFAULT_AUDIT_SETTINGS, '2026-01-05T09:00:00.000Z');
    const cancelled = performAuditAction(launched.state, 'cancelAudit', { email: 'pm@example.org', role: 'programme-manager' }, { reason: 'budget frozen' }, '2026-01-06T09:00:00.000Z');
    const record = { ...launchRecord(1), events: cancelled.events, delta: diffAudit(launched.state, cancelled.state) };
    if (record.delta.kind !== 'audit' || !record.delta.header) throw new Error('cancelling changes the header');
    expect(auditRow(record, record.delta.header)).toMatchObject({ phase: 'cancelled', cancellation_reason: 'budget frozen' });
  });
});
