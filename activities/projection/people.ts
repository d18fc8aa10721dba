import { EntityManager } from 'typeorm';
import { AuditDelta } from '@auditflow/domain';
import { ensurePeople } from '@auditflow/persistence';

/**
 * Everyone an audit names joins the people directory (without organisation roles) so they can sign in: the
 * auditee's people, the team, and delegates of tasks. Insert-if-missing, so a retry or a replay changes nothing and
 * an admin's edits are never overwritten.
 */
export async function ensureNamedPeople(db: EntityManager, delta: AuditDelta): Promise<void> {
  const named: { email: string; name: string; unit?: string }[] = [];
  if (delta.header) {
    const { auditee } = delta.header.definition;
    named.push({ ...auditee.representative, unit: auditee.unit }, { ...auditee.manager, unit: auditee.unit });
  }
  for (const member of delta.team ?? []) named.push(member);
  for (const task of delta.tasks) named.push({ email: task.assignee, name: task.assignee });
  await ensurePeople(db, dedupe(named));
}

/** The first mention of each address wins: it is the one with a name. */
function dedupe<T extends { email: string }>(people: T[]): T[] {
  const byEmail = new Map<string, T>();
  for (const person of people) if (!byEmail.has(person.email.toLowerCase())) byEmail.set(person.email.toLowerCase(), person);
  return [...byEmail.values()];
}
