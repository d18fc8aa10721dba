import { Alert, Anchor, List, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { auditLaunchSchema, webPagePath } from '@auditflow/domain';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import type { paths } from '../api/schema';
import { ApiRefusal } from '../api/refusal';
import { postForm } from '../api/steps';
import { JsonSchema, JsonSchemaForm } from '../steps/json-schema-form';
import { RefusalAlert } from '../components/refusal-alert';
import { useProgrammes } from '../api/programmes';
import { useCycle } from '../cycle/data';
import { windowLaunchPath, windowLaunchPrefill } from '../cycle/window-launch-prefill';

type Launched = paths['/audits']['post']['responses'][201]['content']['application/json'];

/**
 * A programme manager launches an audit of an approved programme (5.5); the form is the launch rule's own schema. With
 * ?window= it launches that window of the programme's cycle: prefilled for the window, sent to the window's launch.
 */
export function LaunchAuditPage() {
  const [search] = useSearchParams();
  const [programmeId, setProgrammeId] = useState<string | null>(search.get('programme'));
  const windowId = search.get('window');
  if (programmeId && windowId) return <LaunchWindow programmeId={programmeId} windowId={windowId} />;
  return <LaunchForm programmeId={programmeId} onProgramme={setProgrammeId} />;
}

function LaunchForm({ programmeId, onProgramme, cycleWindow }: { programmeId: string | null; onProgramme?: (id: string | null) => void; cycleWindow?: { id: string; prefill: Record<string, unknown> } }) {
  const programmes = useProgrammes();
  const schema = useMemo(() => z.toJSONSchema(auditLaunchSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, []);
  const path = programmeId && cycleWindow ? windowLaunchPath(programmeId, cycleWindow.id) : '/audits';
  const launch = useMutation({ mutationFn: (payload: unknown) => postForm<Launched>(path, payload) });
  const refusal = launch.error instanceof ApiRefusal ? launch.error : undefined;
  const approved = programmes.data?.filter((programme) => programme.status === 'approved') ?? [];
  return (
    <Stack gap="md">
      <Title order={1}>{cycleWindow ? `Launch the audit of window ${cycleWindow.id}` : 'Launch an audit'}</Title>
      {programmes.isPending && <Loader aria-label="Loading the programmes" />}
      {programmes.error && <Alert color="red">{programmes.error.message}</Alert>}
      {programmes.data && approved.length === 0 && <Text>No approved programme yet: audits are launched in an approved programme.</Text>}
      {approved.length > 0 && (
        <Select
          label="Programme"
          required
          readOnly={!onProgramme}
          data={approved.map((programme) => ({ value: programme.id, label: programme.name }))}
          value={programmeId}
          onChange={(id) => onProgramme?.(id)}
        />
      )}
      {launch.data && <LaunchedAudit launched={launch.data} />}
      <RefusalAlert refusal={refusal} fields={Object.keys(refusal?.fields ?? {})} />
      {programmeId && !launch.data && (
        <JsonSchemaForm key={programmeId} schema={schema} fixed={{ programmeId }} prefill={cycleWindow?.prefill} submitLabel="Launch" errors={refusal?.fields ?? {}} busy={launch.isPending} onSubmit={(payload) => launch.mutate(payload)} />
      )}
    </Stack>
  );
}

/** The launch of a window of the cycle: the window read from the cycle, then the launch form prefilled for it. */
function LaunchWindow({ programmeId, windowId }: { programmeId: string; windowId: string }) {
  const programmes = useProgrammes();
  const cycle = useCycle(programmeId);
  const programme = programmes.data?.find((item) => item.id === programmeId);
  const planWindow = cycle.data?.plan.windows.find((item) => item.id === windowId);
  if (programmes.isPending || cycle.isPending) return <Loader aria-label="Loading the window" />;
  const failure = programmes.error ?? cycle.error;
  if (failure) return <Alert color="red">{failure.message}</Alert>;
  if (!programme || !planWindow) return <Alert color="red">The programme has no running cycle with a window {windowId}.</Alert>;
  return <LaunchForm programmeId={programmeId} cycleWindow={{ id: planWindow.id, prefill: windowLaunchPrefill(programme, planWindow) }} />;
}

function LaunchedAudit({ launched }: { launched: Launched }) {
  const { teamCheck } = launched;
  return (
    <Alert color="green" role="status" title="Launched">
      <Stack gap={4}>
        <Anchor component={Link} to={webPagePath('audit', { id: launched.id })}>
          Open the audit
        </Anchor>
        <Text size="sm">Team check: {teamCheck.leaderQualified ? 'the leader is qualified' : 'the leader is not qualified as team leader'}.</Text>
        {teamCheck.missing.length > 0 && (
          <List size="sm">
            {teamCheck.missing.map((area) => (
              <List.Item key={area}>No member covers {area}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Alert>
  );
}
