import { Badge, Group, Stack, Text } from '@mantine/core';
import type { Finding, FindingGrade, RegradeProposal } from '@auditflow/domain';
import { When } from '../components/when';
import { Section } from './section';

// Shades with a 4.5:1 contrast against their white text.
const GRADE_COLOUR: Record<FindingGrade, string> = {
  'major-nonconformity': 'red.9',
  'minor-nonconformity': 'violet.9',
  observation: 'blue.8',
  'opportunity-for-improvement': 'teal.9',
  conformity: 'teal.9',
  'good-practice': 'teal.9',
};

/**
 * Audit findings (6.4.8) with their grade, the evidence they rest on, the auditee's response, each change of grade and
 * how a dispute was resolved; the team also sees minors the rules propose raising to a major.
 */
export function FindingsSection({ findings, proposals = [] }: { findings: Finding[]; proposals?: RegradeProposal[] }) {
  if (!findings.length) return null;
  return (
    <Section title="Findings">
      <Stack gap="sm">
        {findings.map((finding) => (
          <Stack key={finding.id} gap={2} aria-label={`Finding ${finding.id}`} component="article">
            <Group gap="xs">
              <Text fw={600}>{finding.id}</Text>
              <Badge color={GRADE_COLOUR[finding.grade]}>{finding.grade.replace(/-/g, ' ')}</Badge>
              <Text size="sm">against {finding.criterion}</Text>
            </Group>
            <Text size="sm">{finding.statement}</Text>
            {finding.evidenceIds.length > 0 && <Text size="sm">Evidence: {finding.evidenceIds.join(', ')}</Text>}
            {finding.response ? (
              <Text size="sm">
                {finding.response.acknowledged ? 'Acknowledged' : `Disputed: ${finding.response.disagreement ?? ''}`} by {finding.response.by}, <When iso={finding.response.at} />
              </Text>
            ) : (
              <Text size="sm">No response from the auditee yet.</Text>
            )}
            {finding.regrades?.map((regrade) => (
              <Text key={regrade.at} size="sm">
                Regraded from {regrade.from.replace(/-/g, ' ')} to {regrade.to.replace(/-/g, ' ')} by {regrade.by}, <When iso={regrade.at} />: {regrade.reason}
              </Text>
            ))}
            {finding.disputeResolution && (
              <Text size="sm">
                Dispute resolved ({finding.disputeResolution.outcome}) by {finding.disputeResolution.by}, <When iso={finding.disputeResolution.at} />: {finding.disputeResolution.reason}
              </Text>
            )}
            {proposals
              .filter((proposal) => proposal.findingId === finding.id)
              .map((proposal) => (
                <Text key={proposal.findingId} size="sm" c="red.9" data-regrade-proposal={finding.id}>
                  Proposed for raising to a major: minor {proposal.minors} on {proposal.criterion} in this programme ({proposal.findings.map((other) => other.findingId).join(', ')}).
                </Text>
              ))}
          </Stack>
        ))}
      </Stack>
    </Section>
  );
}
