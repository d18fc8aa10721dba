import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { isOrgRole, managesProgrammes } from '@auditflow/domain';
import { AddAuditor } from '../auditors/add-auditor';
import { useAuditorPool } from '../auditors/data';
import { Pool } from '../auditors/pool';
import { useSession } from '../session';

/**
 * The auditor pool (ISO 19011 clause 7): each auditor's competences, evaluations and the audits they are on.
 * Programme managers and admins see the whole pool, add auditors and record evaluations; an auditor sees their own profile.
 */
export function AuditorsPage() {
  const { person } = useSession();
  const manages = managesProgrammes(person.roles.filter(isOrgRole));
  const pool = useAuditorPool();
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Auditor pool</Title>
        <Text size="sm">{manages ? 'Competences, evaluations and audits of every auditor (ISO 19011 clause 7).' : 'Your profile in the auditor pool: competences, evaluations and the audits you are on.'}</Text>
      </div>
      {manages && <AddAuditor />}
      {pool.isPending && <Loader aria-label="Loading the auditor pool" />}
      {pool.error && <Alert color="red">{pool.error.message}</Alert>}
      {pool.data && <Pool auditors={pool.data} manages={manages} />}
    </Stack>
  );
}
