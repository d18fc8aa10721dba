import { List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { When } from '../components/when';
import { pageOf, Pager } from '../components/pager';
import type { TimelineLine } from './detail';
import { Section } from './section';

const PAGE_SIZE = 30;

/** Who did what and when, every mail sent included, newest first, a page at a time (a closed audit has hundreds). */
export function TimelineSection({ timeline }: { timeline: TimelineLine[] }) {
  const [page, setPage] = useState(1);
  const newestFirst = [...timeline].reverse();
  return (
    <Section title="Timeline">
      <Stack gap="xs">
        <List>
          {pageOf(newestFirst, page, PAGE_SIZE).map((line) => (
            <List.Item key={line.id}>
              <Text size="sm">
                <When iso={line.occurredAt} /> — {line.summary}
                {line.actor ? ` (${line.actor.email}, ${line.actor.role})` : ''}
              </Text>
            </List.Item>
          ))}
        </List>
        <Pager total={newestFirst.length} pageSize={PAGE_SIZE} page={page} onChange={setPage} label="Pages of the timeline" />
      </Stack>
    </Section>
  );
}
