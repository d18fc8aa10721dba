import { Group, Pagination, Text } from '@mantine/core';

/** Pages of a long list: the page buttons and which items this page shows, hidden when everything fits on one. */
export function Pager({ total, pageSize, page, onChange, label }: { total: number; pageSize: number; page: number; onChange: (page: number) => void; label: string }) {
  if (total <= pageSize) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  return (
    <Group justify="space-between" gap="xs">
      <Text size="sm">
        {first}–{last} of {total}
      </Text>
      <nav aria-label={label}>
        <Pagination
          total={Math.ceil(total / pageSize)}
          value={page}
          onChange={onChange}
          size="sm"
          siblings={1}
          getControlProps={(control) => ({ 'aria-label': control === 'next' ? 'Next page' : control === 'previous' ? 'Previous page' : control === 'first' ? 'First page' : 'Last page' })}
          getItemProps={(item) => ({ 'aria-label': `Page ${item}`, 'aria-current': item === page ? 'page' : undefined })}
        />
      </nav>
    </Group>
  );
}

/** One page of a list the API answers whole. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}
