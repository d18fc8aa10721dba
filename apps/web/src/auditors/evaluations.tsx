import { Card, Stack, Text, Title } from '@mantine/core';
import { When } from '../components/when';
import type { Evaluation } from './data';
import { methodLabel } from './labels';

export function Evaluations({ evaluations }: { evaluations: Evaluation[] }) {
  const newestFirst = [...evaluations].reverse();
  return (
    <div>
      <Title order={3} size="h5">
        Evaluations
      </Title>
      {newestFirst.length === 0 && <Text size="sm">Not evaluated yet.</Text>}
      <Stack gap="xs">
        {newestFirst.map((evaluation) => (
          <Card key={`${evaluation.evaluatedAt}-${evaluation.evaluatedBy}`} withBorder padding="sm" component="article">
            <Text size="sm" fw={600}>
              <When iso={evaluation.evaluatedAt} /> · {methodLabel(evaluation.method)} · by {evaluation.evaluatedBy}
            </Text>
            <Text size="sm">Criteria: {evaluation.criteria.join('; ')}</Text>
            <Text size="sm">Result: {evaluation.result}</Text>
            {evaluation.gaps && evaluation.gaps.length > 0 && <Text size="sm">Gaps: {evaluation.gaps.join('; ')}</Text>}
            {evaluation.note && <Text size="sm">Note: {evaluation.note}</Text>}
          </Card>
        ))}
      </Stack>
    </div>
  );
}
