import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { PlanContent, PlanVersion } from '@auditflow/domain';
import { When } from '../components/when';
import { Section } from './section';

const words = (name: string) => name.replace(/([A-Z])/g, ' $1').toLowerCase();

/** The parts of the plan a version changed from the one before it, so an auditee sees what their objection moved. */
export function planChanges(before: PlanContent, after: PlanContent): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof PlanContent)[]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(words);
}

const show = (value: unknown): string => (Array.isArray(value) ? value.join('; ') : typeof value === 'object' && value ? Object.values(value).flat().join('; ') : String(value));

/** The audit plan's versions (6.3.2): what each said, what changed, and the auditee's answer. */
export function PlanVersionsSection({ plans }: { plans: PlanVersion[] }) {
  if (!plans.length) return null;
  return (
    <Section title="Audit plan">
      <Stack gap="md">
        {[...plans].reverse().map((plan) => {
          const previous = plans.find((other) => other.version === plan.version - 1);
          const changed = previous ? planChanges(previous.content, plan.content) : [];
          return (
            <Stack key={plan.version} gap={4}>
              <Group gap="xs">
                <Text fw={600}>Version {plan.version}</Text>
                <Badge color="gray.8">{plan.status}</Badge>
                <Text size="sm">
                  by {plan.draftedBy}, <When iso={plan.draftedAt} />
                </Text>
              </Group>
              {previous && <Text size="sm">Changed from version {previous.version}: {changed.length ? changed.join(', ') : 'nothing'}</Text>}
              <List size="sm">
                <List.Item>Objectives: {show(plan.content.objectives)}</List.Item>
                <List.Item>Scope: {show(plan.content.scope)}</List.Item>
                <List.Item>Criteria: {show(plan.content.criteria)}</List.Item>
                <List.Item>Locations: {show(plan.content.locations)}</List.Item>
                <List.Item>
                  Fieldwork: <When iso={plan.content.fieldworkStart} /> to <When iso={plan.content.fieldworkEnd} />
                </List.Item>
              </List>
              {plan.answer && (
                <Text size="sm">
                  {plan.answer.accepted ? 'Accepted' : `Objected: ${plan.answer.objection ?? ''}`} by {plan.answer.by}, <When iso={plan.answer.at} />
                </Text>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Section>
  );
}
