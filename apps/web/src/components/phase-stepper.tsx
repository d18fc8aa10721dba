import { Stepper } from '@mantine/core';
import { AUDIT_PHASES, AuditPhase, PHASE_CLAUSE } from '@auditflow/domain';

/** ISO 19011 6.2 → 6.7, with the audit's phase marked. A cancelled audit shows where it stopped. */
const STEPS = AUDIT_PHASES.filter((phase) => phase !== 'cancelled' && phase !== 'closed');

export function PhaseStepper({ phase }: { phase: AuditPhase }) {
  const active = phase === 'closed' ? STEPS.length : phase === 'cancelled' ? -1 : STEPS.indexOf(phase);
  return (
    <Stepper active={active} size="xs" allowNextStepsSelect={false} aria-label="Audit phases" data-phase={phase}>
      {STEPS.map((step) => (
        <Stepper.Step key={step} label={PHASE_CLAUSE[step]} description={step} />
      ))}
    </Stepper>
  );
}
