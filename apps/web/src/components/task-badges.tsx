import { Badge } from '@mantine/core';

// Shades chosen for a 4.5:1 contrast with their text (WCAG AA): Mantine's lighter reds and oranges fall short.

export function TaskStateBadge({ state, overdue }: { state: string; overdue: boolean }) {
  if (overdue) return <Badge color="red.9">overdue</Badge>;
  return <Badge color={state === 'open' ? 'blue.8' : 'gray.8'}>{state}</Badge>;
}

export function EscalationBadge({ level }: { level: number }) {
  return level > 0 ? (
    <Badge color="red.9" variant="outline">
      escalated, rung {level}
    </Badge>
  ) : null;
}

export function ExtensionBadge({ requested }: { requested: boolean }) {
  return requested ? <Badge color="grape.9">extension requested</Badge> : null;
}
