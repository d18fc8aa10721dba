import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReportVersion } from '@auditflow/domain';
import { When } from '../components/when';
import { Section } from './section';

/** The audit report's versions (6.5): drafted, reviewed, approved and issued, with by whom and when. */
export function ReportsSection({ reports }: { reports: ReportVersion[] }) {
  if (!reports.length) return null;
  return (
    <Section title="Report">
      <Stack gap="sm">
        {[...reports].reverse().map((report) => (
          <Stack key={report.version} gap={2}>
            <Group gap="xs">
              <Text fw={600}>Version {report.version}</Text>
              <Badge color="gray.8">{report.status}</Badge>
              <Text size="sm">
                drafted by {report.draftedBy}, <When iso={report.draftedAt} />
              </Text>
            </Group>
            <Text size="sm">{report.content.summary}</Text>
            {report.review && <Text size="sm">Review by {report.review.by}: {report.review.comments}</Text>}
            {report.approval && (
              <Text size="sm">
                Approved by {report.approval.by}, <When iso={report.approval.at} />
              </Text>
            )}
            {report.issue && (
              <Text size="sm">
                Issued to {report.issue.recipients.join(', ')}, <When iso={report.issue.at} />
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
    </Section>
  );
}
