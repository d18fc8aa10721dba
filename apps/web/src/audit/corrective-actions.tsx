import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { AuditRole } from '@auditflow/domain';
import { When } from '../components/when';
import { FollowUpSteps } from '../steps/follow-up-steps';
import type { CorrectiveActionProgress } from './detail';
import { Section } from './section';

/** Each nonconformity's follow-up (6.7): its rounds of plan, evidence and verification, and the steps open to you. */
export function CorrectiveActionsSection({ auditId, correctiveActions, roles }: { auditId: string; correctiveActions: CorrectiveActionProgress[]; roles: readonly AuditRole[] }) {
  if (!correctiveActions.length) return null;
  return (
    <Section title="Follow-ups">
      <Stack gap="lg">
        {correctiveActions.map((action) => (
          <Stack key={action.findingId} gap="xs" component="article" aria-label={`Follow-up of ${action.findingId}`}>
            <Group gap="xs">
              <Text fw={600}>{action.findingId}</Text>
              <Badge color="gray.8">{action.grade.replace(/-/g, ' ')}</Badge>
              <Badge color={action.status === 'closed' ? 'teal.9' : 'blue.8'}>{action.status}</Badge>
              <Text size="sm">round {action.round}</Text>
              {action.nextDueAt && action.status !== 'closed' && (
                <Text size="sm">
                  next due <When iso={action.nextDueAt} />
                </Text>
              )}
            </Group>
            <List size="sm">
              {Array.from({ length: action.round }, (_, index) => index + 1).map((round) => (
                <List.Item key={round}>
                  Round {round}:{' '}
                  {action.plans
                    .filter((plan) => plan.round === round)
                    .map((plan) => `plan "${plan.actionPlan}" (root cause: ${plan.rootCause}) ${plan.review ? (plan.review.accepted ? 'accepted' : `returned: ${plan.review.reason ?? ''}`) : 'awaiting review'}`)
                    .join('; ') || 'no plan yet'}
                  {action.evidence
                    .filter((piece) => piece.round === round)
                    .map((piece) => `; evidence: ${piece.description}`)
                    .join('')}
                  {action.verifications
                    .filter((check) => check.round === round)
                    .map((check) => `; ${check.effective ? 'effective' : 'not effective'}: ${check.note}`)
                    .join('')}
                </List.Item>
              ))}
            </List>
            {action.status !== 'closed' && <FollowUpSteps auditId={auditId} findingId={action.findingId} status={action.status} roles={roles} />}
          </Stack>
        ))}
      </Stack>
    </Section>
  );
}
