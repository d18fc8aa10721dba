import { Box, Group, Table, Text } from '@mantine/core';
import { ReactNode } from 'react';

export interface CountRow {
  key: string;
  label: ReactNode;
  count: number;
  /** the bar's colour (a shade with at least 3:1 contrast to the page) */
  color?: string;
}

/**
 * Counts as a small table with a bar beside each number: the numbers are text, so screen readers and the keyboard
 * get everything; the bars only show the proportions at a glance.
 */
export function CountTable({ caption, labelHeader, rows, empty }: { caption: string; labelHeader: string; rows: CountRow[]; empty?: string }) {
  const most = Math.max(1, ...rows.map((row) => row.count));
  return (
    <Table captionSide="top" layout="fixed" verticalSpacing={4}>
      <Table.Caption ta="left" fw={600} c="var(--mantine-color-text)" mb={4}>
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="45%">{labelHeader}</Table.Th>
          <Table.Th>Count</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.label}</Table.Td>
            <Table.Td>
              <Group gap={8} wrap="nowrap">
                <Text span w="3ch" ta="right" fw={600}>
                  {row.count}
                </Text>
                <Box aria-hidden="true" h={12} w={`calc((100% - 4ch) * ${row.count / most})`} miw={row.count > 0 ? 3 : 0} bg={row.color ?? 'var(--mantine-color-blue-8)'} />
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
        {rows.length === 0 && empty && (
          <Table.Tr>
            <Table.Td colSpan={2}>{empty}</Table.Td>
          </Table.Tr>
        )}
      </Table.Tbody>
    </Table>
  );
}
