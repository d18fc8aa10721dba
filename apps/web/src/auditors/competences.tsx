import { List, Text, Title } from '@mantine/core';
import { ISMS_COMPETENCE_AREAS } from '@auditflow/domain';
import { competenceLabel } from './labels';

/** An auditor's competence areas, those not covered, and whether they may lead a team. */
export function Competences({ competences, teamLeaderQualified }: { competences: string[]; teamLeaderQualified: boolean }) {
  const missing = ISMS_COMPETENCE_AREAS.filter((area) => !competences.includes(area));
  return (
    <div>
      <Title order={3} size="h5">
        Competences
      </Title>
      {competences.length === 0 ? (
        <Text size="sm">None recorded.</Text>
      ) : (
        <List size="sm">
          {competences.map((area) => (
            <List.Item key={area}>{competenceLabel(area)}</List.Item>
          ))}
        </List>
      )}
      {missing.length > 0 && competences.length > 0 && <Text size="sm">Not covered: {missing.map(competenceLabel).join('; ')}.</Text>}
      <Text size="sm">{teamLeaderQualified ? 'Qualified to lead an audit team.' : 'Not qualified to lead an audit team.'}</Text>
    </div>
  );
}
