import { Alert, Anchor, Card, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { isFinished } from '@auditflow/domain';
import type { AuditRole, AuditSummary, TaskView, TeamMember } from '@auditflow/domain';
import { Link, useParams } from 'react-router';
import { api, refusalMessage } from '../api/client';
import { useLiveAudit } from '../live';
import { PhaseStepper } from '../components/phase-stepper';
import { OpenSteps } from '../steps/open-steps';
import { relativeToNow, When } from '../components/when';
import { TaskStateBadge } from '../components/task-badges';

// GET /audits/{id} does not document its answer yet; these are the parts this page reads, typed by the domain.
interface TimelineLine {
  id: number;
  summary: string;
  occurredAt: string;
  actor?: { email: string; role: string };
}
interface AuditDetailAnswer {
  audit: AuditSummary;
  team: TeamMember[];
  openTasks: TaskView[];
  timeline: TimelineLine[];
  yourRoles: AuditRole[];
}

export function useAudit(auditId: string) {
  return useQuery({
    queryKey: ['audit', auditId],
    queryFn: async () => {
      const { data, error, response } = await api.GET('/audits/{id}', { params: { path: { id: auditId } } });
      if (response.status === 404) return null;
      if (error) throw new Error(refusalMessage(error));
      return data as unknown as AuditDetailAnswer;
    },
  });
}

/** One audit: where it stands (6.2 → 6.7), who is on it, what waits on whom, and everything that happened. */
export function AuditPage() {
  const { id = '' } = useParams();
  const audit = useAudit(id);
  useLiveAudit(id);
  if (audit.isPending) return <Loader aria-label="Loading the audit" />;
  if (audit.error) return <Alert color="red">{audit.error.message}</Alert>;
  if (!audit.data) return <AuditNotFound />;
  const { audit: summary, team, openTasks, timeline, yourRoles } = audit.data;
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
      {!isFinished(summary.phase) && <OpenSteps auditId={summary.id} phase={summary.phase} roles={yourRoles} />}
      <Card withBorder component="section" aria-labelledby="team">
        <Title order={2} id="team" size="h4">
          Team
        </Title>
        <List>
          {team.map((member) => (
            <List.Item key={member.email}>
              {member.name} ({member.role}){member.unit ? `, ${member.unit}` : ''}
            </List.Item>
          ))}
        </List>
      </Card>
      <Card withBorder component="section" aria-labelledby="waiting">
        <Title order={2} id="waiting" size="h4">
          Waiting on people
        </Title>
        {openTasks.length === 0 ? (
          <Text>No open tasks.</Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Task</Table.Th>
                  <Table.Th>Assignee</Table.Th>
                  <Table.Th>Due</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {openTasks.map((task) => (
                  <Table.Tr key={task.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/audits/${task.auditId}/tasks/${task.id}`}>
                        {task.title}
                      </Anchor>{' '}
                      {task.overdue && <TaskStateBadge state={task.state} overdue />}
                    </Table.Td>
                    <Table.Td>{task.assignee}</Table.Td>
                    <Table.Td>
                      <When iso={task.dueAt} /> ({relativeToNow(task.dueAt)})
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="timeline">
        <Title order={2} id="timeline" size="h4">
          Timeline
        </Title>
        <List>
          {[...timeline].reverse().map((line) => (
            <List.Item key={line.id}>
              <Text size="sm">
                <When iso={line.occurredAt} /> — {line.summary}
                {line.actor ? ` (${line.actor.email}, ${line.actor.role})` : ''}
              </Text>
            </List.Item>
          ))}
        </List>
      </Card>
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
