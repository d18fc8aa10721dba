import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { ReactNode } from 'react';
import { Section } from '../audit/section';
import { When } from '../components/when';
import type { Programme } from '../programme/data';
import { areaNames } from './area-names';
import { CoverageSummary } from './coverage-summary';
import { CycleTimeline } from './cycle-timeline';
import { CycleWindows } from './cycle-windows';
import { useCoverage, useCycle, useCycleTimeline, useProgrammeTasks } from './data';
import { ProgrammeTasks } from './programme-tasks';

/**
 * The programme's running audit cycle (ISO 19011 5.5 to 5.7): its windows and where each stands, the programme
 * manager's open tasks with their forms, the coverage so far and the cycle's timeline. Audits are launched from a
 * window's launch task through the launch page, prefilled for the window.
 */
export function CycleSection({ programme }: { programme: Programme }) {
  const cycle = useCycle(programme.id);
  return (
    <Section title="Cycle">
      {cycle.isPending && <Loader aria-label="Loading the cycle" />}
      {cycle.error && <Alert color="red">{cycle.error.message}</Alert>}
      {cycle.data === null && (
        <Text>{programme.status === 'approved' ? 'The audit cycle has not started yet.' : 'The audit cycle starts once the audit client approves the programme.'}</Text>
      )}
      {cycle.data && <RunningCycle programme={programme} cycle={cycle.data} />}
    </Section>
  );
}

function RunningCycle({ programme, cycle }: { programme: Programme; cycle: NonNullable<ReturnType<typeof useCycle>['data']> }) {
  const tasks = useProgrammeTasks(programme.id);
  const coverage = useCoverage(programme.id);
  const timeline = useCycleTimeline(programme.id);
  return (
    <Stack gap="md">
      <Text size="sm">
        {cycle.status === 'completed' ? 'Completed' : 'Running'}: <When iso={cycle.plan.cycle.start} /> to <When iso={cycle.plan.cycle.end} />, on version {cycle.programmeVersion}
        {cycle.status === 'running' && (
          <>
            ; next review <When iso={cycle.nextReviewAt} />
          </>
        )}
        .
      </Text>
      <Part title="Audit windows">
        <CycleWindows cycle={cycle} tasks={tasks.data ?? []} areaName={areaNames(programme)} />
      </Part>
      <Part title="Tasks of the programme manager">
        {tasks.isPending && <Loader aria-label="Loading the tasks" />}
        {tasks.error && <Alert color="red">{tasks.error.message}</Alert>}
        {tasks.data && <ProgrammeTasks cycle={cycle} tasks={tasks.data} />}
      </Part>
      <Part title="Coverage">
        {coverage.isPending && <Loader aria-label="Loading the coverage" />}
        {coverage.error && <Alert color="red">{coverage.error.message}</Alert>}
        {coverage.data && <CoverageSummary coverage={coverage.data} />}
      </Part>
      <Part title="Cycle timeline">
        {timeline.isPending && <Loader aria-label="Loading the cycle timeline" />}
        {timeline.error && <Alert color="red">{timeline.error.message}</Alert>}
        {timeline.data && <CycleTimeline events={timeline.data} />}
      </Part>
    </Stack>
  );
}

/** A part of the cycle section under its own heading. */
function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
