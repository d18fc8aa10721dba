import { Alert, Anchor, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { APPOINTMENT_TASK_KINDS, PHASE_CLAUSE } from '@auditflow/domain';
import { Link } from 'react-router';
import { api, refusalMessage } from '../api/client';
import type { paths } from '../api/schema';
import { relativeToNow, When } from '../components/when';
import { EscalationBadge, ExtensionBadge, TaskHistory, TaskStateBadge } from '../components/task-badges';
import { useSession } from '../session';

type TaskItem = paths['/tasks']['get']['responses'][200]['content']['application/json']['items'][number];

/** Everyone's landing page: the tasks waiting on the signed-in person, soonest due first. */
export function MyTasksPage() {
  const { person } = useSession();
  const tasks = useQuery({
    queryKey: ['tasks', 'mine', person.email],
    queryFn: async () => {
      const { data, error } = await api.GET('/tasks', { params: { query: { assignee: person.email, state: 'open,overdue', limit: 100 } } });
      if (error) throw new Error(refusalMessage(error));
      return data;
    },
  });
  return (
    <Stack gap="md">
      <Title order={1}>My tasks</Title>
      {tasks.isPending && <Loader aria-label="Loading your tasks" />}
      {tasks.error && <Alert color="red">{tasks.error.message}</Alert>}
      {tasks.data && tasks.data.items.length === 0 && <Text>Nothing is waiting on you.</Text>}
      {tasks.data?.items.map((task) => <TaskCard key={`${task.auditId}/${task.id}`} task={task} />)}
      {tasks.data && tasks.data.total > tasks.data.items.length && (
        <Text size="sm">
          Showing the {tasks.data.items.length} soonest due of {tasks.data.total}.
        </Text>
      )}
    </Stack>
  );
}

function TaskCard({ task }: { task: TaskItem }) {
  return (
    <Card withBorder padding="md" component="article" aria-label={task.title}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Anchor component={Link} to={`/audits/${task.auditId}/tasks/${task.id}`} fw={600}>
          {task.title}
        </Anchor>
        <Group gap={6}>
          <TaskStateBadge state={task.state} overdue={task.overdue} />
          <EscalationBadge level={task.escalationLevel} />
          <ExtensionBadge requested={Boolean(task.extension)} />
        </Group>
      </Group>
      <Text size="sm" mt={4}>
        {task.auditTitle} · {task.auditPhase} ({PHASE_CLAUSE[task.auditPhase]})
      </Text>
      <Text size="sm" c={task.overdue ? 'red.8' : undefined}>
        {APPOINTMENT_TASK_KINDS.includes(task.kind) ? 'At' : 'Due'} <When iso={task.dueAt} /> · {relativeToNow(task.dueAt)}
      </Text>
      <TaskHistory task={task} />
    </Card>
  );
}
