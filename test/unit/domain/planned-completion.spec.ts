// The auditee's planned completion sets the implementation deadline once the plan is accepted, within a maximum per
// grade (issue 11, 6.7). Follow-ups of audits launched before keep the grade's implementation deadline.
import { AuditSettings, DEFAULT_AUDIT_SETTINGS, resolveSettings } from '@auditflow/domain';
import { as, DAY, expectRejection, HOUR, iso } from './support/fixtures';
import { FollowUp, MAJOR_PLAN, PLAN } from './support/follow-up-driver';

/** The settings of an audit launched before the rule: no flag and no maximum. */
function settingsBefore(): AuditSettings {
  const { plannedCompletionSetsImplementationDeadline: _rule, nonconformityDeadlines, ...rest } = DEFAULT_AUDIT_SETTINGS;
  const withoutMax = (grade: keyof typeof nonconformityDeadlines) => {
    const { maxImplementation: _max, ...deadlines } = nonconformityDeadlines[grade];
    return deadlines;
  };
  return { ...rest, nonconformityDeadlines: { 'major-nonconformity': withoutMax('major-nonconformity'), 'minor-nonconformity': withoutMax('minor-nonconformity') } };
}

describe('the planned completion of an action plan', () => {
  it('becomes the implementation deadline when the reviewer accepts the plan', () => {
    const followUp = new FollowUp('major-nonconformity');
    const plannedCompletion = '2027-03-15T17:00:00+01:00';
    followUp.act('submitActionPlan', as.rep, { ...MAJOR_PLAN, plannedCompletion }).act('reviewActionPlan', as.lead, { accept: true });

    const deliver = followUp.soleTask('deliver-implementation-evidence');
    expect(deliver.dueAt).toBe('2027-03-15T16:00:00.000Z');
    expect(followUp.events).toContainEqual(expect.objectContaining({ type: 'task.opened', data: expect.objectContaining({ dueAt: '2027-03-15T16:00:00.000Z' }) }));
  });

  it('without a planned completion, the grade’s implementation deadline applies', () => {
    const followUp = new FollowUp('minor-nonconformity').act('submitActionPlan', as.rep, PLAN).act('reviewActionPlan', as.lead, { accept: true });
    const deliver = followUp.soleTask('deliver-implementation-evidence');
    expect(Date.parse(deliver.dueAt) - Date.parse(deliver.createdAt)).toBe(90 * DAY);
  });

  it.each([
    ['major-nonconformity', 180],
    ['minor-nonconformity', 365],
  ] as const)('of a %s is refused at submission beyond %d days, naming the field', (grade, days) => {
    const plan = grade === 'major-nonconformity' ? MAJOR_PLAN : PLAN;
    const followUp = new FollowUp(grade);
    const submittedAt = followUp.clock + HOUR; // the driver's next step
    const tooLate = followUp.refuse('submitActionPlan', as.rep, { ...plan, plannedCompletion: iso(submittedAt + days * DAY + 1) });
    expectRejection(tooLate, 'invalid', new RegExp(`is later than .*the latest a ${grade.replace('-', ' ')} allows \\(P${days}D\\)`), 'plannedCompletion');

    const latest = new FollowUp(grade).act('submitActionPlan', as.rep, { ...plan, plannedCompletion: iso(submittedAt + days * DAY) });
    expect(latest.state.status).toBe('plan-submitted');
  });

  it('is refused at submission when it has passed', () => {
    const followUp = new FollowUp('minor-nonconformity');
    expectRejection(followUp.refuse('submitActionPlan', as.rep, { ...PLAN, plannedCompletion: iso(followUp.clock) }), 'invalid', /has passed/, 'plannedCompletion');
  });

  it('that passed while the plan waited for review makes acceptance a 422: the reviewer returns the plan instead', () => {
    const followUp = new FollowUp('minor-nonconformity');
    // Submitted one hour on, reviewed one hour after that: the planned completion lies between the two.
    followUp.act('submitActionPlan', as.rep, { ...PLAN, plannedCompletion: iso(followUp.clock + 90 * 60_000) });
    const refused = followUp.refuse('reviewActionPlan', as.lead, { accept: true });
    expectRejection(refused, 'invalid', /the plan's planned completion .* has passed: return the plan/, 'plannedCompletion');

    followUp.act('reviewActionPlan', as.lead, { accept: false, reason: 'The planned completion has passed: plan again' });
    expect(followUp.state.status).toBe('awaiting-plan');
    followUp.soleTask('submit-action-plan');
  });

  it('is limited by the programme’s own maximum, in working days too', () => {
    const settings = resolveSettings({ nonconformityDeadlines: { 'minor-nonconformity': { maxImplementation: '10 working days' } } });
    // Opened Monday 2027-02-01 09:00 UTC; submitted an hour later: ten working days end on Monday 2027-02-15, 23:59:59.999 UTC.
    const refused = new FollowUp('minor-nonconformity', settings).refuse('submitActionPlan', as.rep, { ...PLAN, plannedCompletion: '2027-02-16T00:00:00Z' });
    expectRejection(refused, 'invalid', /later than 2027-02-15T23:59:59.999Z/, 'plannedCompletion');

    const followUp = new FollowUp('minor-nonconformity', settings).act('submitActionPlan', as.rep, { ...PLAN, plannedCompletion: '2027-02-15T12:00:00Z' });
    followUp.act('reviewActionPlan', as.lead, { accept: true });
    expect(followUp.soleTask('deliver-implementation-evidence').dueAt).toBe('2027-02-15T12:00:00.000Z');
  });

  it('in a follow-up of an audit launched before the rule is recorded but sets no deadline, and has no maximum', () => {
    const followUp = new FollowUp('major-nonconformity', settingsBefore());
    const plannedCompletion = iso(followUp.clock + 400 * DAY);
    followUp.act('submitActionPlan', as.rep, { ...MAJOR_PLAN, plannedCompletion }).act('reviewActionPlan', as.lead, { accept: true });

    expect(followUp.state.plans[0]!.plannedCompletion).toBe(plannedCompletion);
    const deliver = followUp.soleTask('deliver-implementation-evidence');
    expect(Date.parse(deliver.dueAt) - Date.parse(deliver.createdAt)).toBe(60 * DAY);
  });
});
