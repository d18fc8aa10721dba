import { Anchor, Table, Text } from '@mantine/core';
import { type TaskView, webPagePath } from '@auditflow/domain';
import { Link } from 'react-router';
import { relativeToNow, When } from '../components/when';
import { EscalationBadge, TaskStateBadge } from '../components/task-badges';
import { Section } from './section';
import { WideTable } from '../components/wide-table';

/** The audit's open tasks: who it waits on and until when. */
export function WaitingSection({ tasks }: { tasks: TaskView[] }) {
  return (
    <Section title="Waiting on people">
      {tasks.length === 0 ? (
        <Text>No open tasks.</Text>
      ) : (
        <WideTable label="Open tasks" minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Task</Table.Th>
                <Table.Th>Assignee</Table.Th>
                <Table.Th>Due</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tasks.map((task) => (
                <Table.Tr key={task.id}>
                  <Table.Td>
                    <Anchor component={Link} to={webPagePath('task', { id: task.auditId, taskId: task.id })}>
                      {task.title}
                    </Anchor>{' '}
                    {task.overdue && <TaskStateBadge state={task.state} overdue />} <EscalationBadge level={task.escalationLevel} />
                  </Table.Td>
                  <Table.Td>{task.assignee}</Table.Td>
                  <Table.Td>
                    <When iso={task.dueAt} /> ({relativeToNow(task.dueAt)})
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </WideTable>
      )}
    </Section>
  );
}
