import { Alert, Button, Group, Loader, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { AUDIT_PHASES, PHASE_CLAUSE, WEB_PAGES } from '@auditflow/domain';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Section } from '../audit/section';
import { CycleSection } from '../cycle/cycle-section';
import { Pager, pageOf } from '../components/pager';
import { CountTable } from '../programme/count-table';
import { useProgrammes } from '../api/programmes';
import { Programme, ProgrammeAudit, useNonconformities, useOverdueTasks, useProgrammeAudits } from '../programme/data';
import { PHASE_COLOR, RUNNING_PHASES, ScheduleGantt, ScheduleTable, scheduleRange } from '../programme/gantt';
import { NonconformitiesByGrade } from '../programme/nonconformities';
import { OverdueTasks } from '../programme/overdue';

const SCHEDULE_PAGE_SIZE = 12;

/** The programme shown: the one named in the address (?programme=), else the first approved one, else the first. */
function chosenProgramme(programmes: readonly Programme[], wanted: string | null): Programme | undefined {
  return programmes.find((programme) => programme.id === wanted) ?? programmes.find((programme) => programme.status === 'approved') ?? programmes[0];
}

/**
 * The programme dashboard (ISO 19011 5.5 to 5.7), one programme at a time: its audits by phase, the schedule of the
 * planned and running ones, what is overdue by unit and by escalation rung, its nonconformities by grade, and the way
 * to launch another audit (the launch page shows the team check); then its running audit cycle (../cycle).
 */
export function ProgrammePage() {
  const [params, setParams] = useSearchParams();
  const programmes = useProgrammes();
  const programme = programmes.data ? chosenProgramme(programmes.data, params.get('programme')) : undefined;
  return (
    <Stack gap="md">
      <Title order={1}>Programme</Title>
      {programmes.isPending && <Loader aria-label="Loading the programmes" />}
      {programmes.error && <Alert color="red">{programmes.error.message}</Alert>}
      {programmes.data?.length === 0 && <Text>You manage no audit programme yet.</Text>}
      {programmes.data && programme && (
        <>
          <Group justify="space-between" align="flex-end" gap="sm">
            <NativeSelect
              label="Programme"
              value={programme.id}
              onChange={(event) => setParams({ programme: event.currentTarget.value })}
              data={programmes.data.map((item) => ({ value: item.id, label: item.status === 'approved' ? item.name : `${item.name} (draft)` }))}
              style={{ flex: '1 1 16rem', maxWidth: '36rem' }}
            />
            {programme.status === 'approved' ? (
              <Button component={Link} to={`${WEB_PAGES.launchAudit}?programme=${encodeURIComponent(programme.id)}`}>
                Launch an audit
              </Button>
            ) : (
              <Text size="sm">A draft programme: audits are launched once the audit client approves it.</Text>
            )}
          </Group>
          <Text size="sm">
            Managed by {programme.managerName}; compliance lead {programme.complianceLeadName}.
            {programme.extent ? ` Extent: ${programme.extent}` : ''}
          </Text>
          <Dashboard key={programme.id} programmeId={programme.id} />
          <CycleSection key={`cycle-${programme.id}`} programme={programme} />
        </>
      )}
    </Stack>
  );
}

function Dashboard({ programmeId }: { programmeId: string }) {
  const audits = useProgrammeAudits(programmeId);
  const overdue = useOverdueTasks(programmeId);
  const nonconformities = useNonconformities(programmeId);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section title="Audits by phase">
          {audits.isPending && <Loader aria-label="Loading the audits" />}
          {audits.error && <Alert color="red">{audits.error.message}</Alert>}
          {audits.data && <PhaseCounts audits={audits.data} />}
        </Section>
        <Section title="Nonconformities">
          {nonconformities.isPending && <Loader aria-label="Loading the nonconformities" />}
          {nonconformities.error && <Alert color="red">{nonconformities.error.message}</Alert>}
          {nonconformities.data && <NonconformitiesByGrade counts={nonconformities.data} programmeId={programmeId} />}
        </Section>
      </SimpleGrid>
      <Section title="Schedule of planned and running audits">
        {audits.isPending && <Loader aria-label="Loading the schedule" />}
        {audits.data && <Schedule audits={audits.data} />}
      </Section>
      <Section title="Overdue tasks">
        {overdue.isPending && <Loader aria-label="Loading the overdue tasks" />}
        {overdue.error && <Alert color="red">{overdue.error.message}</Alert>}
        {overdue.data && <OverdueTasks tasks={overdue.data} />}
      </Section>
    </Stack>
  );
}

function PhaseCounts({ audits }: { audits: readonly ProgrammeAudit[] }) {
  const rows = AUDIT_PHASES.map((phase) => ({
    key: phase,
    label: `${phase} (${PHASE_CLAUSE[phase]})`,
    count: audits.filter((audit) => audit.phase === phase).length,
    color: PHASE_COLOR[phase],
  }));
  return (
    <Stack gap="xs">
      <CountTable caption={`The ${audits.length} ${audits.length === 1 ? 'audit' : 'audits'} of this programme by phase`} labelHeader="Phase" rows={rows} />
      {audits.length === 0 && <Text>No audits launched in this programme yet.</Text>}
    </Stack>
  );
}

function Schedule({ audits }: { audits: readonly ProgrammeAudit[] }) {
  const [page, setPage] = useState(1);
  const now = useMemo(() => Date.now(), []);
  const running = useMemo(
    () => audits.filter((audit) => RUNNING_PHASES.includes(audit.phase)).sort((a, b) => a.plannedStart.localeCompare(b.plannedStart) || a.title.localeCompare(b.title)),
    [audits],
  );
  if (running.length === 0) return <Text>No audit is planned or running.</Text>;
  const range = scheduleRange(running, now);
  const shown = pageOf(running, Math.min(page, Math.ceil(running.length / SCHEDULE_PAGE_SIZE)), SCHEDULE_PAGE_SIZE);
  const ended = audits.length - running.length;
  return (
    <Stack gap="sm">
      <Text>
        {running.length} planned or running {running.length === 1 ? 'audit' : 'audits'}, by planned start
        {ended > 0 ? `; ${ended} closed or cancelled not shown` : ''}.
      </Text>
      <ScheduleGantt audits={shown} range={range} now={now} />
      <ScheduleTable audits={shown} />
      <Pager total={running.length} pageSize={SCHEDULE_PAGE_SIZE} page={page} onChange={setPage} label="Pages of the schedule" />
    </Stack>
  );
}
