import { Alert, Loader, Stack } from '@mantine/core';
import { Audits } from './audits';
import { Competences } from './competences';
import { useAuditor } from './data';
import { Evaluations } from './evaluations';
import { RecordEvaluation } from './record-evaluation';

export function AuditorProfile({ id, manages }: { id: string; manages: boolean }) {
  const detail = useAuditor(id);
  if (detail.isPending) return <Loader aria-label="Loading the auditor" size="sm" />;
  if (detail.error) return <Alert color="red">{detail.error.message}</Alert>;
  const auditor = detail.data;
  return (
    <Stack gap="md" aria-label={`Profile of ${auditor.name}`} component="section">
      <Competences competences={auditor.competences} teamLeaderQualified={auditor.teamLeaderQualified} />
      <Evaluations evaluations={auditor.evaluations} />
      <Audits audits={auditor.audits} name={auditor.name} />
      {manages && <RecordEvaluation auditorId={auditor.id} auditorName={auditor.name} />}
    </Stack>
  );
}
