import { Alert, Anchor, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { APPOINTMENT_TASK_KINDS, findingOfFollowUp, FOLLOW_UP_STEP_FOR_TASK, PHASE_CLAUSE, STEP_FOR_TASK } from '@auditflow/domain';
import { Link, useParams } from 'react-router';
import { api, refusalMessage } from '../api/client';
import { useLiveAudit } from '../live';
import { relativeToNow, When } from '../components/when';
import { EscalationBadge, TaskHistory, TaskStateBadge } from '../components/task-badges';
import { FollowUpSteps } from '../steps/follow-up-steps';
import { OpenSteps } from '../steps/open-steps';
import { useAudit } from '../audit/detail';
import { AuditNotFound } from './audit';

/** One task, the page a task mail links to. */
export function TaskPage() {
  const { id = '', taskId = '' } = useParams();
  const task = useQuery({
    queryKey: ['task', id, taskId],
    queryFn: async () => {
      const { data, error, response } = await api.GET('/audits/{id}/tasks/{taskId}', { params: { path: { id, taskId } } });
      if (response.status === 404 || response.status === 400) return null;
      if (error) throw new Error(refusalMessage(error));
      return data;
    },
  });
  const audit = useAudit(id);
  useLiveAudit(id);
  if (task.isPending) return <Loader aria-label="Loading the task" />;
  if (task.error) return <Alert color="red">{task.error.message}</Alert>;
  if (!task.data) return <AuditNotFound />;
  const { data } = task;
  const active = data.state === 'open' || data.state === 'overdue';
  // A follow-up's tasks are taken by the follow-up's steps, in the state its corrective action is in.
  const findingId = findingOfFollowUp(data.auditId, data.workflowId);
  const correctiveAction = findingId ? audit.data?.correctiveActions.find((action) => action.findingId === findingId) : undefined;
  const isTasksStep = (steps: Partial<Record<string, string>>) => (action: string) => action === steps[data.kind] || action === 'requestExtension';
  return (
    <Stack gap="md">
      <Title order={1}>{data.title}</Title>
      <Group gap={6}>
        <TaskStateBadge state={data.state} overdue={data.overdue} />
        <EscalationBadge level={data.escalationLevel} />
      </Group>
      <Card withBorder>
        <Text>
          Audit:{' '}
          <Anchor component={Link} to={`/audits/${data.auditId}`}>
            {data.auditTitle}
          </Anchor>{' '}
          · {data.auditPhase} ({PHASE_CLAUSE[data.auditPhase]})
        </Text>
        <Text>Waiting on: {data.assignee} ({data.role})</Text>
        <TaskHistory task={data} />
        <Text c={data.overdue ? 'red.8' : undefined}>
          {APPOINTMENT_TASK_KINDS.includes(data.kind) ? 'At' : 'Due'} <When iso={data.dueAt} />
          {active ? ` · ${relativeToNow(data.dueAt)}` : ''}
        </Text>
        {data.extension && (
          <Text>
            Extension to <When iso={data.extension.requestedDueAt} /> requested by {data.extension.requestedBy}: {data.extension.reason}
          </Text>
        )}
      </Card>
      {active && audit.data && !findingId && (
        <OpenSteps auditId={data.auditId} phase={audit.data.audit.phase} roles={audit.data.yourRoles} only={isTasksStep(STEP_FOR_TASK)} task={data} opened={STEP_FOR_TASK[data.kind]} />
      )}
      {active && audit.data && findingId && correctiveAction && (
        <FollowUpSteps auditId={data.auditId} findingId={findingId} status={correctiveAction.status} roles={audit.data.yourRoles} only={isTasksStep(FOLLOW_UP_STEP_FOR_TASK)} task={data} opened={FOLLOW_UP_STEP_FOR_TASK[data.kind]} />
      )}
    </Stack>
  );
}
