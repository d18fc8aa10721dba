import { List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { pageOf, Pager } from '../components/pager';
import { When } from '../components/when';
import type { CycleEvent } from './data';

const PAGE_SIZE = 20;

/** What happened in the cycle, newest first, a page at a time: launches, skips, misses, gaps, reviews, tasks. */
export function CycleTimeline({ events }: { events: readonly CycleEvent[] }) {
  const [page, setPage] = useState(1);
  const newestFirst = [...events].reverse();
  if (events.length === 0) return <Text size="sm">Nothing has happened in the cycle yet.</Text>;
  return (
    <Stack gap="xs">
      <List aria-label="Events of the cycle, newest first">
        {pageOf(newestFirst, Math.min(page, Math.ceil(newestFirst.length / PAGE_SIZE)), PAGE_SIZE).map((event) => (
          <List.Item key={event.seq}>
            <Text size="sm">
              <When iso={event.occurredAt} /> — {event.summary}
              {event.actor ? ` (${event.actor})` : ''}
            </Text>
          </List.Item>
        ))}
      </List>
      <Pager total={newestFirst.length} pageSize={PAGE_SIZE} page={page} onChange={setPage} label="Pages of the cycle timeline" />
    </Stack>
  );
}
