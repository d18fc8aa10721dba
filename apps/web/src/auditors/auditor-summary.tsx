import { Badge, Text } from '@mantine/core';
import { ISMS_COMPETENCE_AREAS } from '@auditflow/domain';
import type { Auditor } from './data';

/** An auditor in a line or three, inside the pool's accordion control. */
export function AuditorSummary({ auditor }: { auditor: Auditor }) {
  return (
    <>
      {/* A button holds phrasing content only: spans, laid out as blocks. */}
      <Text component="span" fw={600} display="block">
        {auditor.name}
      </Text>
      <Text component="span" size="sm" display="block">
        {auditor.email}
        {auditor.unit ? ` · ${auditor.unit}` : ''}
      </Text>
      <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 4 }}>
        <Badge component="span" color="blue.9" >
          {auditor.competences.length} of {ISMS_COMPETENCE_AREAS.length} competence areas
        </Badge>
        <Badge component="span" color="gray.8" >
          {auditor.evaluations.length} {auditor.evaluations.length === 1 ? 'evaluation' : 'evaluations'}
        </Badge>
        {auditor.teamLeaderQualified && (
          <Badge component="span" color="teal.9" >
            team leader
          </Badge>
        )}
      </span>
    </>
  );
}
