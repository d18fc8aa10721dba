import { requiresCorrection } from '../grades';
import { Change } from '../tasks/change';
import { CorrectiveActionState, FollowUpPeople } from './state';

export type FollowUpChange = Change<CorrectiveActionState>;

/** The grade's deadlines (and re-check and implementation limits) this follow-up runs with. */
export function deadlines(state: CorrectiveActionState) {
  return state.input.settings.nonconformityDeadlines[state.input.finding.grade];
}

/** Every auditee task of a follow-up continues the same piece of work: it goes to whoever that was delegated to. */
export function auditeeAssignee(people: FollowUpPeople): string {
  return people.auditeeDelegate ?? people.auditeeRepresentative;
}

export function askForPlan(change: FollowUpChange): void {
  const { input } = change.state;
  change.openTask({
    kind: 'submit-action-plan',
    title: `Submit ${requiresCorrection(input.finding.grade) ? 'correction, ' : ''}root cause and action plan for ${input.finding.id}`,
    assignee: auditeeAssignee(input.people),
    role: 'auditee-representative',
    subjectId: input.finding.id,
    dueWithin: deadlines(change.state).plan,
  });
}

/** The verifier is asked to check effectiveness (again, for a scheduled re-check) within the grade's deadline. */
export function askForVerification(change: FollowUpChange, purpose: 'verify' | 'recheck' = 'verify'): void {
  const { input } = change.state;
  const { verifier, teamLeader } = input.people;
  change.openTask({
    kind: 'verify-effectiveness',
    title: `${purpose === 'recheck' ? 'Re-check' : 'Verify'} the effectiveness of the corrective action for ${input.finding.id}`,
    assignee: verifier,
    role: verifier === teamLeader ? 'team-leader' : 'auditor',
    subjectId: input.finding.id,
    dueWithin: deadlines(change.state).verification,
  });
}
