import type { OrgRole } from '@auditflow/domain';
import type { Person } from './data';

export const ROLE_LABEL: Record<OrgRole, string> = {
  admin: 'Admin',
  'programme-manager': 'Programme manager',
  'compliance-lead': 'Compliance lead',
  auditor: 'Auditor',
};
export const ROLE_HELP: Record<OrgRole, string> = {
  admin: 'manages people, reads the security record, sees everything',
  'programme-manager': 'establishes programmes, manages the auditor pool, launches audits',
  'compliance-lead': 'follows the audits of the programmes they lead compliance for',
  auditor: 'may be put on audit teams; sees their own audits',
};
export const SOURCE_LABEL: Record<Person['source'], string> = { directory: 'added here', sso: 'single sign-on', audit: 'named in an audit', setup: 'first admin' };
