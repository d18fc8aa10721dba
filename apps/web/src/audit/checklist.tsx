import { Badge, List, Stack, Text } from '@mantine/core';
import type { ChecklistItem, Evidence, WorkAssignment } from '@auditflow/domain';
import { When } from '../components/when';
import { AttachedFileLinks } from './attached-files';
import { Section } from './section';

/** Work documents (6.3.4): who audits what, each checklist question and the evidence recorded against it (6.4.7). */
export function ChecklistSection({ auditId, checklist, evidence, assignments }: { auditId: string; checklist: ChecklistItem[]; evidence: Evidence[]; assignments: WorkAssignment[] }) {
  if (!checklist.length && !assignments.length) return null;
  return (
    <Section title="Checklist and evidence">
      <Stack gap="sm">
        {assignments.length > 0 && (
          <List size="sm">
            {assignments.map((assignment) => (
              <List.Item key={assignment.id}>
                {assignment.id}: {assignment.auditor} audits {assignment.area}
                {assignment.checklistItemIds.length ? ` (${assignment.checklistItemIds.join(', ')})` : ''}
              </List.Item>
            ))}
          </List>
        )}
        {checklist.map((item) => {
          const recorded = evidence.filter((piece) => piece.checklistItemId === item.id);
          return (
            <Stack key={item.id} gap={2}>
              <Text size="sm" fw={600}>
                {item.id} · {item.standard} {item.clause}: {item.question}
              </Text>
              <Text size="sm">Expected evidence: {item.expectedEvidence}</Text>
              {recorded.length > 0 && (
                <List size="sm" withPadding>
                  {recorded.map((piece) => (
                    <List.Item key={piece.id}>
                      {piece.confidential && (
                        <Badge color="grape" variant="light" size="sm" mr={6}>
                          Confidential
                        </Badge>
                      )}
                      {piece.id} ({piece.kind}): {piece.description}
                      {piece.sampling ? `; sample: ${piece.sampling}` : ''} — {piece.recordedBy}, <When iso={piece.recordedAt} />
                      <AttachedFileLinks auditId={auditId} files={piece.files} />
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Section>
  );
}
