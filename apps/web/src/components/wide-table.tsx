import { Table } from '@mantine/core';
import { ReactNode } from 'react';

/**
 * A table wider than a phone, scrolled sideways inside its own box so the page keeps the screen's width. The box
 * takes keyboard focus, so people without a pointer can scroll it too (a table may hold no link or button).
 */
export function WideTable({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="region" aria-label={label}>
      {children}
    </Table.ScrollContainer>
  );
}
