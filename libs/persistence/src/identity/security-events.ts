import { plainRow } from '../read-model/rows';
import { ReadModelSource } from '../read-model/source';
import { Page, PageRequest, readPage } from '../read-model/page';

/** What the security record keeps: sign-ins, refusals, tokens, directory and role changes. */
export type SecurityEventType =
  | 'sign-in'
  | 'sign-in.failed'
  | 'sign-out'
  | 'sign-in-link.requested'
  | 'sign-in-link.refused'
  | 'api-token.created'
  | 'api-token.revoked'
  | 'person.created'
  | 'person.changed'
  | 'person.roles-changed'
  | 'person.deactivated'
  | 'person.reactivated'
  | 'admin.setup';

export interface SecurityEvent {
  id: number;
  occurredAt: string;
  type: SecurityEventType;
  personId?: string;
  email?: string;
  byPersonId?: string;
  ip?: string;
  detail: Record<string, unknown>;
}

export async function recordSecurityEvent(
  db: ReadModelSource,
  event: { type: SecurityEventType; personId?: string; email?: string; byPersonId?: string; ip?: string; detail?: Record<string, unknown> },
): Promise<void> {
  await db.query(`INSERT INTO security_events (type, person_id, email, by_person_id, ip, detail) VALUES ($1, $2, $3, $4, $5, $6)`, [
    event.type,
    event.personId ?? null,
    event.email ?? null,
    event.byPersonId ?? null,
    event.ip ?? null,
    JSON.stringify(event.detail ?? {}),
  ]);
}

export function listSecurityEvents(db: ReadModelSource, filters: PageRequest & { type?: string; personId?: string }): Promise<Page<SecurityEvent>> {
  const where = (params: { add(value: unknown): string }) => {
    const clauses: string[] = [];
    if (filters.type) clauses.push(`type = ${params.add(filters.type)}`);
    if (filters.personId) clauses.push(`person_id = ${params.add(filters.personId)}`);
    return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  };
  return readPage(db, filters, {
    countSql: (params) => `SELECT count(*)::int AS total FROM security_events ${where(params)}`,
    rowsSql: (params) => `SELECT * FROM security_events ${where(params)} ORDER BY occurred_at DESC, id DESC`,
    toItem: (row) => ({ ...plainRow<SecurityEvent>(row), id: Number(row.id) }),
  });
}
