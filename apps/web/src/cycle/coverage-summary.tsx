import { Alert, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { CoverageItemsTable } from './coverage-items-table';
import type { CoverageView } from './data';
import { scopeItemsText } from './scope-items-text';

const percent = (value: number) => `${Math.round(value)}%`;

/** How much of what the cycle must cover is audited, what no window left will cover, and every item's status. */
export function CoverageSummary({ coverage }: { coverage: CoverageView }) {
  const gapCount = coverage.gaps.clauses.length + coverage.gaps.controls.length;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Stack gap={4}>
          <Text size="sm">{percent(coverage.percentOfPlan)} of the plan audited</Text>
          <Progress value={coverage.percentOfPlan} aria-label="Audited, of what the plan covers" />
        </Stack>
        <Stack gap={4}>
          <Text size="sm">{percent(coverage.percentOfCycle)} of the cycle audited</Text>
          <Progress value={coverage.percentOfCycle} aria-label="Audited, of all the cycle must cover" />
        </Stack>
      </SimpleGrid>
      {gapCount > 0 ? (
        <Alert color="red" title="Coverage gap">
          No window left in the cycle covers {scopeItemsText(coverage.gaps)}.
        </Alert>
      ) : (
        <Text size="sm">No coverage gap: every applicable clause and control is audited or planned.</Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <CoverageItemsTable caption="Clauses" items={coverage.clauses} />
        <CoverageItemsTable caption="Annex A controls" items={coverage.controls} />
      </SimpleGrid>
    </Stack>
  );
}
