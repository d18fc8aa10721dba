import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { Meeting } from '@auditflow/domain';
import { When } from '../components/when';
import { Section } from './section';

/** Opening and closing meetings (6.4.3, 6.4.10): when and where, in the meeting's time zone too, and what was held. */
export function MeetingsSection({ auditId, meetings }: { auditId: string; meetings: Meeting[] }) {
  if (!meetings.length) return null;
  return (
    <Section title="Meetings">
      <Stack gap="sm">
        {meetings.map((meeting) => (
          <Stack key={meeting.id} gap={2}>
            <Group gap="xs">
              <Text fw={600}>{meeting.title}</Text>
              <Badge color={meeting.status === 'cancelled' ? 'gray.8' : meeting.status === 'held' ? 'teal.9' : 'blue.8'}>{meeting.status}</Badge>
            </Group>
            <Text size="sm">
              <When iso={meeting.startsAt} auditTimeZone={meeting.timeZone} /> · {meeting.location}
            </Text>
            {meeting.status === 'scheduled' && (
              <Anchor size="sm" href={`/audits/${encodeURIComponent(auditId)}/meetings/${encodeURIComponent(meeting.id)}/calendar`} download={`${meeting.id}.ics`}>
                Add {meeting.title} to my calendar (.ics)
              </Anchor>
            )}
            {meeting.held && (
              <Text size="sm">
                Held: {meeting.held.minutes} (attended by {meeting.held.attendance.join(', ')})
                {meeting.held.divergingOpinions?.length ? `; diverging opinions: ${meeting.held.divergingOpinions.join('; ')}` : ''}
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
    </Section>
  );
}
