import { List, Text } from '@mantine/core';
import { When } from '../components/when';
import type { TimelineLine } from './detail';
import { Section } from './section';

/** Who did what and when, every mail sent included, newest first. */
export function TimelineSection({ timeline }: { timeline: TimelineLine[] }) {
  return (
    <Section title="Timeline">
      <List>
        {[...timeline].reverse().map((line) => (
          <List.Item key={line.id}>
            <Text size="sm">
              <When iso={line.occurredAt} /> — {line.summary}
              {line.actor ? ` (${line.actor.email}, ${line.actor.role})` : ''}
            </Text>
          </List.Item>
        ))}
      </List>
    </Section>
  );
}
