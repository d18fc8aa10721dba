import type { OrgRole } from '@auditflow/domain';
import { plainRow } from '../read-model/rows';
import { ReadModelSource } from '../read-model/source';
import { Page, PageRequest, readPage } from '../read-model/page';

export type PersonSource = 'directory' | 'sso' | 'audit' | 'setup';

/** One entry of the people directory. */
export interface Person {
  id: string;
  email: string;
  name: string;
  unit?: string;
  managerEmail?: string;
  roles: OrgRole[];
  active: boolean;
  source: PersonSource;
  createdAt: string;
  updatedAt: string;
}

export interface PersonInput {
  email: string;
  name: string;
  unit?: string;
  managerEmail?: string;
  roles?: OrgRole[];
  active?: boolean;
}

const COLUMNS = 'id, email, name, unit, manager_email, roles, active, source, created_at, updated_at';
/** The columns of a person read through the alias `alias` (for joins). */
export const personColumns = (alias: string) => COLUMNS.split(', ').map((column) => `${alias}.${column}`).join(', ');
export const toPerson = (row: Record<string, unknown>) => plainRow<Person>(row);

export async function findPersonByEmail(db: ReadModelSource, email: string): Promise<Person | undefined> {
  const [row] = await db.query(`SELECT ${COLUMNS} FROM people WHERE email = $1`, [email.toLowerCase()]);
  return row ? toPerson(row) : undefined;
}

export async function findPersonById(db: ReadModelSource, id: string): Promise<Person | undefined> {
  const [row] = await db.query(`SELECT ${COLUMNS} FROM people WHERE id = $1`, [id]);
  return row ? toPerson(row) : undefined;
}

export interface PeopleFilters extends PageRequest {
  role?: OrgRole;
  active?: boolean;
  search?: string;
}

export function listPeople(db: ReadModelSource, filters: PeopleFilters): Promise<Page<Person>> {
  return readPage(db, filters, {
    countSql: (params) => `SELECT count(*)::int AS total FROM people p ${where(filters, params)}`,
    rowsSql: (params) => `SELECT ${COLUMNS} FROM people p ${where(filters, params)} ORDER BY name, email`,
    toItem: toPerson,
  });
}

function where(filters: PeopleFilters, params: { add(value: unknown): string }): string {
  const clauses: string[] = [];
  if (filters.role) clauses.push(`${params.add(filters.role)} = ANY (p.roles)`);
  if (filters.active !== undefined) clauses.push(`p.active = ${params.add(filters.active)}`);
  if (filters.search) {
    const pattern = params.add(`%${filters.search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`);
    clauses.push(`(p.email ILIKE ${pattern} OR p.name ILIKE ${pattern})`);
  }
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

/** Inserts a person; undefined when the e-mail is taken. */
export async function insertPerson(db: ReadModelSource, input: PersonInput, source: PersonSource): Promise<Person | undefined> {
  const [row] = await db.query(
    `INSERT INTO people (email, name, unit, manager_email, roles, active, source) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (email) DO NOTHING RETURNING ${COLUMNS}`,
    [input.email.toLowerCase(), input.name, input.unit ?? null, input.managerEmail?.toLowerCase() ?? null, input.roles ?? [], input.active ?? true, source],
  );
  return row ? toPerson(row) : undefined;
}

export type PersonChange = Partial<Pick<Person, 'name' | 'unit' | 'managerEmail' | 'roles' | 'active'>>;

const CHANGE_COLUMNS: Record<keyof PersonChange, string> = { name: 'name', unit: 'unit', managerEmail: 'manager_email', roles: 'roles', active: 'active' };

export async function updatePerson(db: ReadModelSource, id: string, change: PersonChange): Promise<Person | undefined> {
  const entries = Object.entries(change).filter(([, value]) => value !== undefined) as [keyof PersonChange, unknown][];
  const sets = entries.map(([key], index) => `${CHANGE_COLUMNS[key]} = $${index + 2}`);
  const [rows] = await db.query(
    `UPDATE people SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, ...entries.map(([, value]) => value)],
  );
  const row = Array.isArray(rows) ? rows[0] : rows;
  return row ? toPerson(row) : undefined;
}

/**
 * The person signing in through the identity provider: created on first sign-in, name and roles kept in step with
 * the provider afterwards (it is the source of truth for staff). A deactivated person stays deactivated.
 */
export async function upsertSsoPerson(db: ReadModelSource, input: { email: string; name: string; unit?: string; roles?: OrgRole[] }): Promise<{ person: Person; rolesBefore: OrgRole[] | undefined }> {
  const before = await findPersonByEmail(db, input.email);
  // Without a roles claim the directory's roles stand.
  const [row] = await db.query(
    `INSERT INTO people (email, name, unit, roles, source) VALUES ($1, $2, $3, COALESCE($4::text[], '{}'), 'sso')
     ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, unit = COALESCE(EXCLUDED.unit, people.unit),
       roles = COALESCE($4::text[], people.roles), updated_at = now()
     RETURNING ${COLUMNS}`,
    [input.email.toLowerCase(), input.name, input.unit ?? null, input.roles ?? null],
  );
  return { person: toPerson(row), rolesBefore: before?.roles };
}

/**
 * People an audit names (auditees, team, delegates) join the directory without organisation roles if missing. One
 * statement for all of them (a workflow step waits for it); the first row of an address wins, as one by one.
 */
export async function ensurePeople(db: ReadModelSource, people: { email: string; name: string; unit?: string }[]): Promise<void> {
  if (people.length === 0) return;
  await db.query(
    `INSERT INTO people (email, name, unit, source)
     SELECT named.email, named.name, named.unit, 'audit' FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS named(email, name, unit, position)
     ORDER BY named.position
     ON CONFLICT (email) DO NOTHING`,
    [people.map((person) => person.email.toLowerCase()), people.map((person) => person.name), people.map((person) => person.unit ?? null)],
  );
}

export async function countActiveAdmins(db: ReadModelSource): Promise<number> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM people WHERE active AND 'admin' = ANY (roles)`);
  return count;
}
