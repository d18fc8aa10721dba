import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { delegateStepFilter, isFinished } from '@auditflow/domain';
import { Link, useParams } from 'react-router';
import { useLiveAudit } from '../live';
import { useSession } from '../session';
import { PhaseStepper } from '../components/phase-stepper';
import { OpenSteps } from '../steps/open-steps';
import { When } from '../components/when';
import { useAudit } from '../audit/detail';
import { ChecklistSection } from '../audit/checklist';
import { CorrectiveActionsSection } from '../audit/corrective-actions';
import { DocumentsSection } from '../audit/documents';
import { FindingsSection } from '../audit/findings';
import { MeetingsSection } from '../audit/meetings';
import { PlanVersionsSection } from '../audit/plan-versions';
import { ReportsSection } from '../audit/reports';
import { TeamSection } from '../audit/team';
import { TimelineSection } from '../audit/timeline';
import { WaitingSection } from '../audit/waiting';
import { RecordsSection } from '../audit/records';

/** One audit: where it stands (6.2 → 6.7), who is on it, what waits on whom, what was recorded, and everything that happened. */
export function AuditPage() {
  const { id = '' } = useParams();
  const audit = useAudit(id);
  const { person } = useSession();
  useLiveAudit(id);
  if (audit.isPending) return <Loader aria-label="Loading the audit" />;
  if (audit.error) return <Alert color="red">{audit.error.message}</Alert>;
  if (!audit.data) return <AuditNotFound />;
  const detail = audit.data;
  const { audit: summary } = detail;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{summary.title}</Title>
        <Text size="sm">
          {summary.auditeeUnit} · planned <When iso={summary.plannedStart} /> to <When iso={summary.plannedEnd} />
        </Text>
      </div>
      <PhaseStepper phase={summary.phase} />
      {summary.cancellationReason && <Alert color="gray">Cancelled: {summary.cancellationReason}</Alert>}
      {!isFinished(summary.phase) && (
        <OpenSteps
          auditId={summary.id}
          phase={summary.phase}
          roles={detail.yourRoles}
          only={delegateStepFilter(person.email, summary.auditeeRepresentativeEmail, detail.yourRoles, detail.openTasks)}
        />
      )}
      <WaitingSection tasks={detail.openTasks} />
      <CorrectiveActionsSection auditId={summary.id} correctiveActions={detail.correctiveActions} roles={detail.yourRoles} />
      <FindingsSection findings={detail.findings} proposals={detail.regradeProposals} />
      <MeetingsSection auditId={summary.id} meetings={detail.meetings} />
      <ReportsSection reports={detail.reports} />
      <PlanVersionsSection plans={detail.plans} />
      <DocumentsSection auditId={summary.id} documents={detail.documents} />
      <ChecklistSection auditId={summary.id} checklist={detail.checklist} evidence={detail.evidence} assignments={detail.assignments} />
      <TeamSection team={detail.team} auditee={{ representative: summary.auditeeRepresentativeEmail, manager: summary.auditeeManagerEmail }} />
      <RecordsSection auditId={summary.id} roles={detail.yourRoles} />
      {/* Keyed by the audit: another audit's page starts again at its newest lines. */}
      <TimelineSection key={summary.id} auditId={summary.id} />
    </Stack>
  );
}

export function AuditNotFound() {
  return (
    <Stack>
      <Title order={1}>Not found</Title>
      <Text>There is no such audit, or it is not yours to see.</Text>
      <Anchor component={Link} to="/">
        Back to my tasks
      </Anchor>
    </Stack>
  );
}
