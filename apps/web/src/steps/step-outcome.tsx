import { Alert, CloseButton, Group, List, Text } from '@mantine/core';
import { createContext, ReactNode, useCallback, useContext, useState } from 'react';
import type { StepOutcome } from '../api/steps';

interface Announced {
  outcome: StepOutcome;
  /** Counts the steps taken on this page, so a script can tell a new outcome from the one before. */
  seq: number;
}

const OutcomeContext = createContext<{ latest?: Announced; announce: (outcome: StepOutcome) => void; dismiss: () => void }>({ announce: () => undefined, dismiss: () => undefined });

/**
 * Keeps what the last step recorded above the page. A step often moves the audit on, and the form that took it
 * disappears with the phase; the outcome stays until the person dismisses it or takes another step.
 */
export function StepOutcomeProvider({ children }: { children: ReactNode }) {
  const [latest, setLatest] = useState<Announced>();
  const announce = useCallback((outcome: StepOutcome) => setLatest((before) => ({ outcome, seq: (before?.seq ?? 0) + 1 })), []);
  const dismiss = useCallback(() => setLatest(undefined), []);
  return <OutcomeContext.Provider value={{ latest, announce, dismiss }}>{children}</OutcomeContext.Provider>;
}

export function useAnnounceOutcome(): (outcome: StepOutcome) => void {
  return useContext(OutcomeContext).announce;
}

/** What the last step recorded, as the timeline will show it; each line names its event and subject for scripts too. */
export function LatestStepOutcome() {
  const { latest, dismiss } = useContext(OutcomeContext);
  if (!latest) return null;
  return (
    <Alert color="green" role="status" mb="md" data-outcome-seq={latest.seq}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fw={600}>Done</Text>
          <List size="sm">
            {latest.outcome.events.map((event, index) => (
              <List.Item key={index} data-event-type={event.type} data-subject-id={event.subjectId}>
                {event.summary}
              </List.Item>
            ))}
          </List>
          <Text size="sm" data-phase={latest.outcome.phase}>
            Now: {latest.outcome.phase}
          </Text>
        </div>
        <CloseButton aria-label="Dismiss" onClick={dismiss} />
      </Group>
    </Alert>
  );
}
