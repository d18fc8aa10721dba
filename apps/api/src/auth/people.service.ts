import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { conflict, forbidden, notFound, OrgRole } from '@auditflow/domain';
import {
  countActiveAdmins,
  endSessionsOf,
  findPersonById,
  insertPerson,
  listPeople,
  listSecurityEvents,
  PageRequest,
  PeopleFilters,
  Person,
  PersonChange,
  PersonInput,
  revokeApiTokensOf,
  updatePerson,
} from '@auditflow/persistence';
import { isAdmin, Principal } from './principal';
import { SecurityLog } from './security-log.service';

/** The people directory, managed by admins. Deactivating a person ends their sessions and tokens in the same transaction. */
@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly securityLog: SecurityLog,
  ) {}

  list(principal: Principal, filters: PeopleFilters) {
    requireAdmin(principal);
    return listPeople(this.dataSource, filters);
  }

  securityEvents(principal: Principal, filters: PageRequest & { type?: string; personId?: string }) {
    requireAdmin(principal);
    return listSecurityEvents(this.dataSource, filters);
  }

  async get(principal: Principal, id: string): Promise<Person> {
    const person = id === principal.personId || isAdmin(principal) ? await findPersonById(this.dataSource, id) : undefined;
    if (!person) throw notFound(`person ${id} does not exist`);
    return person;
  }

  async create(principal: Principal, input: PersonInput): Promise<Person> {
    requireAdmin(principal);
    const person = await insertPerson(this.dataSource, input, 'directory');
    if (!person) throw conflict(`${input.email} is in the directory already`);
    await this.securityLog.record('person.created', { personId: person.id, email: person.email, byPersonId: principal.personId, detail: { roles: person.roles } });
    return person;
  }

  async change(principal: Principal, id: string, change: PersonChange): Promise<Person> {
    requireAdmin(principal);
    return this.dataSource.transaction(async (db) => {
      const before = await findPersonById(db, id);
      if (!before) throw notFound(`person ${id} does not exist`);
      const losesAdmin = before.roles.includes('admin') && before.active && (change.active === false || (change.roles && !change.roles.includes('admin')));
      if (losesAdmin && (await countActiveAdmins(db)) <= 1) throw conflict('the last active admin cannot be deactivated or lose the admin role: make someone else admin first');
      const after = (await updatePerson(db, id, change))!;
      if (before.active && !after.active) {
        await endSessionsOf(db, id, 'deactivated');
        await revokeApiTokensOf(db, id);
      }
      await this.recordChange(principal, before, after);
      return after;
    });
  }

  private async recordChange(principal: Principal, before: Person, after: Person): Promise<void> {
    const base = { personId: after.id, email: after.email, byPersonId: principal.personId };
    if (before.active !== after.active) await this.securityLog.record(after.active ? 'person.reactivated' : 'person.deactivated', base);
    if (sorted(before.roles) !== sorted(after.roles)) await this.securityLog.record('person.roles-changed', { ...base, detail: { before: before.roles, after: after.roles } });
    const fields = (['name', 'unit', 'managerEmail'] as const).filter((field) => before[field] !== after[field]);
    if (fields.length) await this.securityLog.record('person.changed', { ...base, detail: { fields } });
  }
}

const sorted = (roles: OrgRole[]) => [...roles].sort().join(',');

function requireAdmin(principal: Principal): void {
  if (!isAdmin(principal)) throw forbidden('only an admin manages the people directory');
}
