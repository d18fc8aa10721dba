import { Anchor, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { PHASE_CLAUSE, webPagePath } from '@auditflow/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { Pager, pageOf } from '../components/pager';
import { relativeToNow, When } from '../components/when';
import { WideTable } from '../components/wide-table';
import { CountTable, CountRow } from './count-table';
import type { OverdueTask } from './data';

const PAGE_SIZE = 10;

/** How many of the tasks share each value of `key`, the largest group first (ties by name). */
function countBy(tasks: readonly OverdueTask[], key: (task: OverdueTask) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const task of tasks) counts.set(key(task), (counts.get(key(task)) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
}

export const rungLabel = (level: number) => (level > 0 ? `rung ${level}` : 'not escalated yet');

/** The programme's overdue tasks, counted by auditee unit and by the escalation rung reached, and listed, most overdue first. */
export function OverdueTasks({ tasks }: { tasks: readonly OverdueTask[] }) {
  const [page, setPage] = useState(1);
  const byUnit: CountRow[] = countBy(tasks, (task) => task.auditeeUnit).map(([unit, count]) => ({ key: unit, label: unit, count, color: 'var(--mantine-color-red-9)' }));
  const levels = [...new Set(tasks.map((task) => task.escalationLevel))].sort((a, b) => a - b);
  const byRung: CountRow[] = levels.map((level) => ({ key: String(level), label: rungLabel(level), count: tasks.filter((task) => task.escalationLevel === level).length, color: 'var(--mantine-color-red-9)' }));
  const shown = pageOf(tasks, Math.min(page, Math.max(1, Math.ceil(tasks.length / PAGE_SIZE))), PAGE_SIZE);
  if (tasks.length === 0) return <Text>Nothing is overdue in this programme.</Text>;
  return (
    <Stack gap="sm">
      <Text aria-live="polite">
        {tasks.length} overdue {tasks.length === 1 ? 'task' : 'tasks'}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <CountTable caption="Overdue tasks by auditee unit" labelHeader="Unit" rows={byUnit} />
        <CountTable caption="Overdue tasks by escalation rung" labelHeader="Rung" rows={byRung} />
      </SimpleGrid>
      <WideTable label="Overdue tasks table" minWidth={880}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Task</Table.Th>
              <Table.Th>Audit</Table.Th>
              <Table.Th>Assignee</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th>Escalation</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((task) => (
              <Table.Tr key={`${task.workflowId}/${task.id}`}>
                <Table.Td>
                  <Anchor component={Link} to={webPagePath('task', { id: task.auditId, taskId: task.id })}>
                    {task.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={webPagePath('audit', { id: task.auditId })}>
                    {task.auditTitle}
                  </Anchor>
                  <Text size="sm">
                    {task.auditeeUnit} · {task.auditPhase} ({PHASE_CLAUSE[task.auditPhase]})
                  </Text>
                </Table.Td>
                <Table.Td>{task.assignee}</Table.Td>
                <Table.Td>
                  <When iso={task.dueAt} />
                  <Text size="sm">{relativeToNow(task.dueAt)}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {task.escalationLevel > 0 ? (
                    <Text span c="red.9" fw={600}>
                      {rungLabel(task.escalationLevel)}
                    </Text>
                  ) : (
                    rungLabel(0)
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </WideTable>
      <Pager total={tasks.length} pageSize={PAGE_SIZE} page={page} onChange={setPage} label="Pages of overdue tasks" />
    </Stack>
  );
}
