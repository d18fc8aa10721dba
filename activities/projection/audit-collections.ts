import { EntityManager } from 'typeorm';
import { AuditDelta, ProgressRecord } from '@auditflow/domain';
import { SqlRow, SqlType, TableSpec, upsertGuarded } from './sql';

/** Columns every collection row carries besides its own: which audit, which record wrote it, and when. */
interface Stamp {
  audit_id: string;
  last_seq: number;
  updated_at: string;
}
const STAMP_COLUMNS = { audit_id: 'uuid', last_seq: 'integer', updated_at: 'timestamptz' } as const;

/** How one collection of the audit state maps to its table. */
interface Collection<Item, Row extends SqlRow> {
  spec: TableSpec<Row & Stamp>;
  toRow(item: Item): Row;
}

function collection<Item, Row extends SqlRow>(
  table: string,
  key: Array<keyof (Row & Stamp) & string>,
  columns: { readonly [Column in keyof Row & string]: SqlType },
  toRow: (item: Item) => Row,
): Collection<Item, Row> {
  return { spec: { table, key, columns: { ...columns, ...STAMP_COLUMNS } as TableSpec<Row & Stamp>['columns'] }, toRow };
}

type Items<K extends keyof AuditDelta> = AuditDelta[K] extends ReadonlyArray<infer Item> ? Item : never;

const documents = collection(
  'audit_documents',
  ['audit_id', 'id'],
  { id: 'text', task_id: 'text', name: 'text', description: 'text', requested_at: 'timestamptz', due_at: 'timestamptz', supplied: 'jsonb' },
  (document: Items<'documents'>) => ({
    id: document.id,
    task_id: document.taskId,
    name: document.name,
    description: document.description,
    requested_at: document.requestedAt,
    due_at: document.dueAt,
    supplied: document.supplied,
  }),
);

const plans = collection(
  'audit_plan_versions',
  ['audit_id', 'version'],
  { version: 'integer', content: 'jsonb', status: 'text', drafted_by: 'text', drafted_at: 'timestamptz', answer: 'jsonb' },
  (plan: Items<'plans'>) => ({
    version: plan.version,
    content: plan.content,
    status: plan.status,
    drafted_by: plan.draftedBy,
    drafted_at: plan.draftedAt,
    answer: plan.answer,
  }),
);

const assignments = collection(
  'audit_work_assignments',
  ['audit_id', 'id'],
  { id: 'text', auditor: 'text', area: 'text', unit: 'text', checklist_item_ids: 'jsonb' },
  (assignment: Items<'assignments'>) => ({
    id: assignment.id,
    auditor: assignment.auditor,
    area: assignment.area,
    unit: assignment.unit,
    checklist_item_ids: assignment.checklistItemIds,
  }),
);

const checklist = collection(
  'audit_checklist_items',
  ['audit_id', 'id'],
  { id: 'text', key: 'text', standard: 'text', clause: 'text', title: 'text', question: 'text', expected_evidence: 'text', method: 'text' },
  (item: Items<'checklist'>) => ({
    id: item.id,
    key: item.key,
    standard: item.standard,
    clause: item.clause,
    title: item.title,
    question: item.question,
    expected_evidence: item.expectedEvidence,
    method: item.method,
  }),
);

const evidence = collection(
  'audit_evidence',
  ['audit_id', 'id'],
  {
    id: 'text',
    checklist_item_id: 'text',
    kind: 'text',
    description: 'text',
    reference: 'text',
    sampling: 'text',
    authorisation: 'jsonb',
    recorded_by: 'text',
    recorded_at: 'timestamptz',
    supervisor: 'text',
    confirmation: 'jsonb',
    confidential: 'boolean',
    files: 'jsonb',
  },
  (item: Items<'evidence'>) => ({
    id: item.id,
    checklist_item_id: item.checklistItemId,
    kind: item.kind,
    description: item.description,
    reference: item.reference,
    sampling: item.sampling,
    authorisation: item.authorisation,
    recorded_by: item.recordedBy,
    recorded_at: item.recordedAt,
    supervisor: item.supervisor,
    confirmation: item.confirmation,
    confidential: item.confidential,
    files: item.files,
  }),
);

const findings = collection(
  'audit_findings',
  ['audit_id', 'id'],
  { id: 'text', grade: 'text', criterion: 'text', statement: 'text', evidence_ids: 'jsonb', recorded_by: 'text', recorded_at: 'timestamptz', response: 'jsonb', regrades: 'jsonb', dispute_resolution: 'jsonb' },
  (finding: Items<'findings'>) => ({
    id: finding.id,
    grade: finding.grade,
    criterion: finding.criterion,
    statement: finding.statement,
    evidence_ids: finding.evidenceIds,
    recorded_by: finding.recordedBy,
    recorded_at: finding.recordedAt,
    response: finding.response,
    regrades: finding.regrades,
    dispute_resolution: finding.disputeResolution,
  }),
);

const meetings = collection(
  'audit_meetings',
  ['audit_id', 'id'],
  {
    id: 'text',
    kind: 'text',
    title: 'text',
    starts_at: 'timestamptz',
    ends_at: 'timestamptz',
    time_zone: 'text',
    location: 'text',
    organizer: 'jsonb',
    attendees: 'jsonb',
    sequence: 'integer',
    status: 'text',
    held: 'jsonb',
  },
  (meeting: Items<'meetings'>) => ({
    id: meeting.id,
    kind: meeting.kind,
    title: meeting.title,
    starts_at: meeting.startsAt,
    ends_at: meeting.endsAt,
    time_zone: meeting.timeZone,
    location: meeting.location,
    organizer: meeting.organizer,
    attendees: meeting.attendees,
    sequence: meeting.sequence,
    status: meeting.status,
    held: meeting.held,
  }),
);

const reports = collection(
  'audit_report_versions',
  ['audit_id', 'version'],
  { version: 'integer', content: 'jsonb', status: 'text', drafted_by: 'text', drafted_at: 'timestamptz', review: 'jsonb', approval: 'jsonb', issue: 'jsonb' },
  (report: Items<'reports'>) => ({
    version: report.version,
    content: report.content,
    status: report.status,
    drafted_by: report.draftedBy,
    drafted_at: report.draftedAt,
    review: report.review,
    approval: report.approval,
    issue: report.issue,
  }),
);

const followUps = collection(
  'audit_follow_ups',
  ['audit_id', 'finding_id'],
  { finding_id: 'text', workflow_id: 'text', state: 'text', closed_at: 'timestamptz' },
  (followUp: Items<'followUps'>) => ({
    finding_id: followUp.findingId,
    workflow_id: followUp.workflowId,
    state: followUp.state,
    closed_at: followUp.closedAt,
  }),
);

async function upsertCollection<Item, Row extends SqlRow>(db: EntityManager, record: ProgressRecord, target: Collection<Item, Row>, items: readonly Item[]): Promise<void> {
  const stamp: Stamp = { audit_id: record.auditId, last_seq: record.firstSeq, updated_at: record.at };
  await upsertGuarded(db, target.spec, items.map((item) => ({ ...target.toRow(item), ...stamp })));
}

/** Upserts the changed elements of every audit collection, each by its key. Tasks and the team are handled apart. */
export async function upsertAuditCollections(db: EntityManager, record: ProgressRecord, delta: AuditDelta): Promise<void> {
  await upsertCollection(db, record, documents, delta.documents);
  await upsertCollection(db, record, plans, delta.plans);
  await upsertCollection(db, record, checklist, delta.checklist);
  await upsertCollection(db, record, assignments, delta.assignments);
  await upsertCollection(db, record, evidence, delta.evidence);
  await upsertCollection(db, record, findings, delta.findings);
  await upsertCollection(db, record, meetings, delta.meetings);
  await upsertCollection(db, record, reports, delta.reports);
  await upsertCollection(db, record, followUps, delta.followUps);
}
