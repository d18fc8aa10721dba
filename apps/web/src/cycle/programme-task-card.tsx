import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { relativeToNow, When } from '../components/when';
import type { CycleView, ProgrammeTask } from './data';
import { DecideGapForm } from './decide-gap-form';
import { launchWindowPath } from './launch-window-path';
import { RespondToKpiForm } from './respond-to-kpi-form';
import { ReviewForm } from './review-form';
import { scopeItemsText } from './scope-items-text';
import { SkipWindowForm } from './skip-window-form';
import type { StepResult } from './step-result';

/** One open task of the programme manager, with what answers it: launch or skip a window, decide a gap, answer a KPI threshold, record a review. */
export function ProgrammeTaskCard({ task, cycle, onRecorded }: { task: ProgrammeTask; cycle: CycleView; onRecorded: (result: StepResult) => void | Promise<void> }) {
  const headingId = useId();
  const programmeId = cycle.programmeId;
  const gap = cycle.gaps.find((item) => item.taskId === task.id);
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={4} size="h5" id={headingId}>
            {task.title}
          </Title>
          {task.overdue && (
            <Badge color="red.9" variant="filled">
              overdue{task.escalationLevel > 0 ? `, rung ${task.escalationLevel}` : ''}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          Due <When iso={task.dueAt} /> ({relativeToNow(task.dueAt)}); assigned to {task.assignee}.
        </Text>
        {task.kind === 'launch-audit' && task.subjectId && (
          <>
            <Anchor component={Link} to={launchWindowPath(programmeId, task.subjectId)}>
              Open the launch form for window {task.subjectId}
            </Anchor>
            <SkipWindowForm programmeId={programmeId} windowId={task.subjectId} onRecorded={onRecorded} />
          </>
        )}
        {task.kind === 'close-coverage-gap' && (
          <>
            {gap && <Text size="sm">Left uncovered: {scopeItemsText(gap.items)}.</Text>}
            <DecideGapForm programmeId={programmeId} taskId={task.id} onRecorded={onRecorded} />
          </>
        )}
        {task.kind === 'review-programme' && <ReviewForm programmeId={programmeId} taskId={task.id} onRecorded={onRecorded} />}
        {task.kind === 'act-on-kpi' && <RespondToKpiForm programmeId={programmeId} taskId={task.id} onRecorded={onRecorded} />}
      </Stack>
    </Card>
  );
}
