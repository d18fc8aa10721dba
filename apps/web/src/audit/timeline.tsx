import { Alert, List, Loader, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, refusalMessage } from '../api/client';
import { When } from '../components/when';
import { Pager } from '../components/pager';
import { Section } from './section';

const PAGE_SIZE = 30;

/**
 * A page of the audit's timeline, newest first. Keyed under the audit, so the page is read again whenever the audit
 * records something (useLiveAudit); the page shown stays until the next one arrives.
 */
function useTimelinePage(auditId: string, page: number) {
  return useQuery({
    queryKey: ['audit', auditId, 'timeline', page],
    queryFn: async () => {
      const { data, error } = await api.GET('/audits/{id}/timeline', { params: { path: { id: auditId }, query: { order: 'newest-first', limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } } });
      if (error) throw new Error(refusalMessage(error));
      return data;
    },
    placeholderData: keepPreviousData,
  });
}

/** Who did what and when, every mail sent included, newest first, a page at a time (a closed audit has hundreds). */
export function TimelineSection({ auditId }: { auditId: string }) {
  const [page, setPage] = useState(1);
  const timeline = useTimelinePage(auditId, page);
  return (
    <Section title="Timeline">
      {timeline.isPending && <Loader aria-label="Loading the timeline" />}
      {timeline.error && <Alert color="red">{timeline.error.message}</Alert>}
      {timeline.data && (
        <Stack gap="xs">
          <List>
            {timeline.data.items.map((line) => (
              <List.Item key={line.id}>
                <Text size="sm">
                  <When iso={line.occurredAt} /> — {line.summary}
                  {line.actor ? ` (${line.actor.email}, ${line.actor.role})` : ''}
                </Text>
              </List.Item>
            ))}
          </List>
          <Pager total={timeline.data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} label="Pages of the timeline" />
        </Stack>
      )}
    </Section>
  );
}
