import { Alert, Anchor, Badge, Box, Button, Group, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { Pager } from '../components/pager';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CORRECTIVE_ACTION_STATES, NONCONFORMITY_GRADES, webPagePath } from '@auditflow/domain';
import type { AgeingBucket, CorrectiveActionListItem, NonconformityGrade } from '@auditflow/domain';
import { Link, useSearchParams } from 'react-router';
import { api, refusalMessage } from '../api/client';
import { When } from '../components/when';
import { WideTable } from '../components/wide-table';
import { useProgrammes } from '../api/programmes';

const PAGE_SIZE = 25;
const OPEN_STATES = CORRECTIVE_ACTION_STATES.filter((state) => state !== 'closed');
const GRADE_LABEL: Record<NonconformityGrade, string> = { 'major-nonconformity': 'major', 'minor-nonconformity': 'minor' };
// Badges and bars in shades with at least 4.5:1 contrast to white text (Mantine's darkest orange falls short).
const GRADE_COLOR: Record<NonconformityGrade, string> = { 'major-nonconformity': 'var(--mantine-color-red-9)', 'minor-nonconformity': '#a63c06' };

/**
 * The follow-up tracker: every open corrective action the person may see, how old it is and how far it has escalated.
 * Filters and page live in the address (?programmeId=&auditeeUnit=&grade=&page=), so a view can be bookmarked and shared.
 */
export function FollowUpsPage() {
  const [params, setParams] = useSearchParams();
  const filters = { programmeId: params.get('programmeId') ?? '', auditeeUnit: params.get('auditeeUnit') ?? '', grade: params.get('grade') ?? '' };
  const page = Math.max(1, Math.trunc(Number(params.get('page'))) || 1);
  /** A change of filter starts again at the first page. */
  const update = (change: Partial<typeof filters> & { page?: string }) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [name, value] of Object.entries({ page: '', ...change })) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      return next;
    });

  const programmes = useProgrammes();
  // The units come from the audits the person may see (of the chosen programme).
  const units = useQuery({
    queryKey: ['audit-units', filters.programmeId],
    queryFn: async () => {
      const { data, error } = await api.GET('/audits', { params: { query: { limit: 500, ...(filters.programmeId ? { programmeId: filters.programmeId } : {}) } } });
      if (!data) throw new Error(refusalMessage(error));
      return [...new Set(data.items.map((audit) => audit.auditeeUnit))].sort((a, b) => a.localeCompare(b));
    },
  });
  const actions = useQuery({
    queryKey: ['corrective-actions', filters, page],
    queryFn: async () => {
      const { data, error } = await api.GET('/corrective-actions', {
        params: {
          query: {
            status: OPEN_STATES.join(','),
            ...(filters.programmeId ? { programmeId: filters.programmeId } : {}),
            ...(filters.auditeeUnit ? { auditeeUnit: filters.auditeeUnit } : {}),
            ...(filters.grade ? { grade: filters.grade } : {}),
            limit: PAGE_SIZE,
            offset: (page - 1) * PAGE_SIZE,
          },
        },
      });
      if (error) throw new Error(refusalMessage(error));
      return data;
    },
    placeholderData: keepPreviousData,
  });
  const shown = actions.data?.items ?? [];

  return (
    <Stack gap="md">
      <Title order={1}>Follow-ups</Title>
      <Text>Every open corrective action you may see, the most pressing first.</Text>
      <Group gap="sm" align="flex-end" role="group" aria-label="Filters">
        <NativeSelect
          label="Programme"
          value={filters.programmeId}
          onChange={(event) => update({ programmeId: event.currentTarget.value, auditeeUnit: '' })}
          data={[{ value: '', label: 'All programmes' }, ...(programmes.data ?? []).map((programme) => ({ value: programme.id, label: programme.name }))]}
        />
        <NativeSelect
          label="Auditee unit"
          value={filters.auditeeUnit}
          onChange={(event) => update({ auditeeUnit: event.currentTarget.value })}
          data={[{ value: '', label: 'All units' }, ...[...new Set([...(units.data ?? []), ...(filters.auditeeUnit ? [filters.auditeeUnit] : [])])].map((unit) => ({ value: unit, label: unit }))]}
        />
        <NativeSelect
          label="Grade"
          value={filters.grade}
          onChange={(event) => update({ grade: event.currentTarget.value })}
          data={[{ value: '', label: 'Major and minor' }, ...NONCONFORMITY_GRADES.map((grade) => ({ value: grade, label: `${GRADE_LABEL[grade]} nonconformity` }))]}
        />
      </Group>
      {actions.isPending && <Loader aria-label="Loading the follow-ups" />}
      {actions.error && <Alert color="red">{actions.error.message}</Alert>}
      {actions.data && (
        <>
          <AgeingChart buckets={actions.data.ageing} total={actions.data.total} />
          <Group justify="space-between" align="center">
            <Text aria-live="polite">
              {actions.data.total} open corrective {actions.data.total === 1 ? 'action' : 'actions'}
              {actions.data.total > PAGE_SIZE ? `, ${PAGE_SIZE} to a page` : ''}
            </Text>
            <Button variant="outline" onClick={() => downloadCsv(shown)} disabled={shown.length === 0}>
              Download these rows as CSV
            </Button>
          </Group>
          <WideTable label="Corrective actions table" minWidth={880}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Audit</Table.Th>
                  <Table.Th>Finding</Table.Th>
                  <Table.Th>State</Table.Th>
                  <Table.Th>Round</Table.Th>
                  <Table.Th>Escalation</Table.Th>
                  <Table.Th>Age</Table.Th>
                  <Table.Th>Opened</Table.Th>
                  <Table.Th>Next due</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((action) => (
                  <Table.Tr key={action.workflowId}>
                    <Table.Td>
                      <Anchor component={Link} to={webPagePath('audit', { id: action.auditId })}>
                        {action.auditTitle}
                      </Anchor>
                      <Text size="sm">{action.auditeeUnit}</Text>
                    </Table.Td>
                    <Table.Td>
                      {action.findingId} <Badge color={GRADE_COLOR[action.grade]}>{GRADE_LABEL[action.grade]}</Badge>
                    </Table.Td>
                    <Table.Td>{action.status}</Table.Td>
                    <Table.Td>{action.round}</Table.Td>
                    <Table.Td>{action.escalationLevel > 0 ? `rung ${action.escalationLevel}` : 'none'}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{days(action.ageDays)}</Table.Td>
                    <Table.Td>
                      <When iso={action.openedAt} />
                    </Table.Td>
                    <Table.Td>
                      {action.nextDueAt ? <When iso={action.nextDueAt} /> : '—'} {action.overdue && <Badge color="red.9">overdue</Badge>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </WideTable>
          <Pager total={actions.data.total} pageSize={PAGE_SIZE} page={page} onChange={(next) => update({ page: String(next) })} label="Pages of follow-ups" />
          {actions.data.total === 0 && <Text>No open corrective actions match.</Text>}
        </>
      )}
    </Stack>
  );
}

const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

function bucketLabel(bucket: AgeingBucket): string {
  return bucket.untilDays === undefined ? `${bucket.fromDays}+ days` : `${bucket.fromDays}–${bucket.untilDays - 1} days`;
}

/** How old the matching open actions are (all of them, not only this page), by grade: a bar per age bucket. */
function AgeingChart({ buckets, total }: { buckets: AgeingBucket[]; total: number }) {
  const labelWidth = 104;
  const barSpace = 280;
  const rowHeight = 28;
  const width = labelWidth + barSpace + 40;
  const height = buckets.length * rowHeight;
  const most = Math.max(1, ...buckets.map((bucket) => bucket.major + bucket.minor));
  const scale = (count: number) => (count / most) * barSpace;
  const description = buckets.map((bucket) => `${bucketLabel(bucket)}: ${bucket.major} major, ${bucket.minor} minor`).join('; ');
  return (
    <Box component="figure" m={0} maw={560}>
      <Text component="figcaption" fw={600} id="ageing-caption">
        Ageing of the {total} matching open {total === 1 ? 'action' : 'actions'}
      </Text>
      {/* Drawn at its own size, and narrower on a narrow screen. */}
      <svg role="img" aria-labelledby="ageing-caption ageing-description" viewBox={`0 0 ${width} ${height}`} width={width} height={height} style={{ maxWidth: '100%', height: 'auto' }}>
        <desc id="ageing-description">{description}</desc>
        {buckets.map((bucket, index) => {
          const y = index * rowHeight;
          const major = scale(bucket.major);
          const minor = scale(bucket.minor);
          return (
            <g key={bucket.fromDays}>
              <text x={0} y={y + 19} fontSize={14} fill="var(--mantine-color-text)">
                {bucketLabel(bucket)}
              </text>
              <rect x={labelWidth} y={y + 6} width={major} height={18} fill={GRADE_COLOR['major-nonconformity']} />
              <rect x={labelWidth + major} y={y + 6} width={minor} height={18} fill={GRADE_COLOR['minor-nonconformity']} />
              <text x={labelWidth + major + minor + 6} y={y + 19} fontSize={14} fill="var(--mantine-color-text)">
                {bucket.major + bucket.minor}
              </text>
            </g>
          );
        })}
      </svg>
      <Group gap="md" aria-hidden="true">
        {NONCONFORMITY_GRADES.map((grade) => (
          <Group key={grade} gap={6}>
            <Box w={12} h={12} bg={GRADE_COLOR[grade]} />
            <Text size="sm">{GRADE_LABEL[grade]}</Text>
          </Group>
        ))}
      </Group>
    </Box>
  );
}

const CSV_COLUMNS: [string, (action: CorrectiveActionListItem) => string | number | boolean][] = [
  ['Audit', (action) => action.auditTitle],
  ['Auditee unit', (action) => action.auditeeUnit],
  ['Finding', (action) => action.findingId],
  ['Grade', (action) => action.grade],
  ['State', (action) => action.status],
  ['Round', (action) => action.round],
  ['Escalation rung', (action) => action.escalationLevel],
  ['Age (days)', (action) => action.ageDays],
  ['Opened', (action) => action.openedAt],
  ['Next due', (action) => action.nextDueAt ?? ''],
  ['Overdue', (action) => action.overdue],
];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. Text that a spreadsheet
 * would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
function csvField(value: string | number | boolean): string {
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows shown, as a CSV file the browser saves. */
function downloadCsv(rows: CorrectiveActionListItem[]): void {
  const lines = [CSV_COLUMNS.map(([title]) => title), ...rows.map((row) => CSV_COLUMNS.map(([, value]) => value(row)))].map((fields) => fields.map(csvField).join(','));
  const url = URL.createObjectURL(new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `follow-ups-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // Freed later, not at once: a browser may still be reading the file when the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
