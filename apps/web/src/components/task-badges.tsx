import { Badge, Text } from '@mantine/core';

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

/** How the task got here: reminders already sent, and whose it was before it was reassigned. */
export function TaskHistory({ task }: { task: { remindersSent: number; reassignedFrom?: string } }) {
  const parts = [task.remindersSent > 0 ? `${task.remindersSent} reminder${task.remindersSent === 1 ? '' : 's'} sent` : undefined, task.reassignedFrom ? `reassigned from ${task.reassignedFrom}` : undefined].filter(Boolean);
  return parts.length ? <Text size="sm">{parts.join(' · ')}</Text> : null;
}
