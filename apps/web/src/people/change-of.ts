import type { OrgRole } from '@auditflow/domain';
import type { Person, PersonChange } from './data';

export interface PersonForm {
  name: string;
  unit: string;
  managerEmail: string;
  roles: OrgRole[];
  active: boolean;
}

/** Only what the admin changed is sent: the API records each kind of change in the security record. */
export function changeOf(person: Person, form: PersonForm): PersonChange {
  const change: PersonChange = {};
  if (form.name !== person.name) change.name = form.name;
  if (form.unit !== (person.unit ?? '')) change.unit = form.unit;
  if (form.managerEmail !== (person.managerEmail ?? '')) change.managerEmail = form.managerEmail;
  if ([...form.roles].sort().join() !== [...person.roles].sort().join()) change.roles = form.roles;
  if (form.active !== person.active) change.active = form.active;
  return change;
}
