import { Anchor, Badge, Box, Group, Stack, Table, Text } from '@mantine/core';
import type { NonconformityGrade } from '@auditflow/domain';
import { Link } from 'react-router';
import { WEB_PAGES } from '@auditflow/domain';
import type { NonconformityCounts } from './data';

const GRADE_LABEL: Record<NonconformityGrade, string> = { 'major-nonconformity': 'major', 'minor-nonconformity': 'minor' };
// The follow-up tracker's shades: at least 4.5:1 against white.
const GRADE_COLOR: Record<NonconformityGrade, string> = { 'major-nonconformity': 'var(--mantine-color-red-9)', 'minor-nonconformity': '#a63c06' };

/** The programme's nonconformities by grade: how many were recorded, how many follow-ups are still open, how many of those are overdue. */
export function NonconformitiesByGrade({ counts, programmeId }: { counts: NonconformityCounts[]; programmeId: string }) {
  const most = Math.max(1, ...counts.map((row) => row.recorded));
  return (
    <Stack gap="xs">
      <Table captionSide="top" verticalSpacing={4}>
        <Table.Caption ta="left" fw={600} c="var(--mantine-color-text)" mb={4}>
          Nonconformities by grade
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Grade</Table.Th>
            <Table.Th>Recorded</Table.Th>
            <Table.Th>Follow-up open</Table.Th>
            <Table.Th>Follow-up overdue</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {counts.map((row) => (
            <Table.Tr key={row.grade}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Box aria-hidden="true" w={10} h={10} bg={GRADE_COLOR[row.grade]} style={{ flex: 'none' }} />
                  {GRADE_LABEL[row.grade]}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap={8} wrap="nowrap">
                  <Text span fw={600} w="3ch" ta="right">
                    {row.recorded}
                  </Text>
                  <Box aria-hidden="true" h={12} w={`calc((100% - 4ch) * ${row.recorded / most})`} miw={row.recorded > 0 ? 3 : 0} bg={GRADE_COLOR[row.grade]} />
                </Group>
              </Table.Td>
              <Table.Td>{row.open}</Table.Td>
              <Table.Td>{row.overdue > 0 ? <Badge color="red.9">{row.overdue}</Badge> : 0}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm">
        A follow-up starts for each nonconformity once its audit is completed.{' '}
        <Anchor component={Link} to={`${WEB_PAGES.followUps}?programmeId=${encodeURIComponent(programmeId)}`}>
          Follow-ups of this programme
        </Anchor>
      </Text>
    </Stack>
  );
}
