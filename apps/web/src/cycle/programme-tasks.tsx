import { Alert, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { CycleView, ProgrammeTask } from './data';
import { isOpenTask, useRefreshCycle } from './data';
import { ProgrammeTaskCard } from './programme-task-card';
import type { StepResult } from './step-result';

/**
 * The programme manager's open tasks of the cycle, soonest due first, each with its form. What the last step recorded
 * stays above them, since its task (and the form) goes once the step closes it.
 */
export function ProgrammeTasks({ cycle, tasks }: { cycle: CycleView; tasks: readonly ProgrammeTask[] }) {
  const refresh = useRefreshCycle(cycle.programmeId);
  const [recorded, setRecorded] = useState<StepResult>();
  const open = tasks.filter(isOpenTask);
  const onRecorded = async (result: StepResult) => {
    setRecorded(result);
    await refresh();
  };
  return (
    <Stack gap="sm">
      {recorded && (
        <Alert color="green" role="status" title="Recorded">
          <List size="sm">
            {recorded.events.map((event, index) => (
              <List.Item key={index}>{event.summary}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Text aria-live="polite">{open.length === 0 ? 'No task of the cycle is waiting for the programme manager.' : `${open.length} open ${open.length === 1 ? 'task' : 'tasks'} of the programme manager`}</Text>
      {open.map((task) => (
        <ProgrammeTaskCard key={task.id} task={task} cycle={cycle} onRecorded={onRecorded} />
      ))}
    </Stack>
  );
}
