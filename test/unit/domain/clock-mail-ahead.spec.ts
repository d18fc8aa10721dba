import { AuditState, clockMailAhead, nextAuditWakeUp, PlannedMail, ProcessClock, tickAuditClock } from '@auditflow/domain';
import { act, activeTask, newAudit } from './support/audit-driver';
import { as, DAY, iso, P } from './support/fixtures';

const auditClock: ProcessClock<AuditState> = { nextWakeUp: nextAuditWakeUp, tick: tickAuditClock };

/** What the real clock sends when it is left alone: each wake-up ticked in turn, each mail with its moment. */
function mailOfTheClock(state: AuditState): PlannedMail[] {
  const sent: PlannedMail[] = [];
  let current = state;
  for (let at = nextAuditWakeUp(current); at !== undefined; at = nextAuditWakeUp(current)) {
    const outcome = tickAuditClock(current, iso(at));
    sent.push(...outcome.events.flatMap((event) => (event.notify ?? []).map((intent) => ({ sendAt: iso(at), intent }))));
    current = outcome.state;
  }
  return sent;
}

describe('the clock mail planned ahead', () => {
  it('is every mail the clock will send if nobody acts, with the moment and the key the clock sends it under', () => {
    const audit = newAudit();
    const due = Date.parse(activeTask(audit.state, 'acknowledge-contact').dueAt);
    const planned = clockMailAhead(audit.state, auditClock);
    expect(planned.map(({ sendAt, intent }) => [sendAt, intent.key, intent.to])).toEqual([
      [iso(due - DAY), 'T-1:reminder:1:P1D', [P.auditeeRepresentative.email]],
      [iso(due), 'T-1:escalation:1:0', [P.auditeeRepresentative.email]],
      [iso(due + 7 * DAY), 'T-1:escalation:1:1', [P.programmeManager.email]],
      [iso(due + 14 * DAY), 'T-1:escalation:1:2', [P.complianceLead.email]],
    ]);
    expect(planned).toEqual(mailOfTheClock(audit.state));
  });

  it('leaves the state it plans from untouched', () => {
    const audit = newAudit();
    const before = structuredClone(audit.state);
    clockMailAhead(audit.state, auditClock);
    expect(audit.state).toStrictEqual(before);
  });

  it('drops a task’s rungs once the task is done, and plans the tasks the step opened', async () => {
    const audit = newAudit();
    await act(audit, 'acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true });
    const planned = clockMailAhead(audit.state, auditClock);
    expect(planned.filter(({ intent }) => intent.taskId === 'T-1')).toEqual([]);
    expect(planned).toEqual(mailOfTheClock(audit.state));
  });

  it('plans no further than the moments it is allowed', () => {
    const audit = newAudit();
    expect(clockMailAhead(audit.state, auditClock, 2).map(({ intent }) => intent.key)).toEqual(['T-1:reminder:1:P1D', 'T-1:escalation:1:0']);
  });

  it('stops at a clock that would wake again at the same moment without moving on', () => {
    const stuck: ProcessClock<{ n: number }> = { nextWakeUp: () => 1_000, tick: (state) => ({ state, events: [] }) };
    expect(clockMailAhead({ n: 1 }, stuck)).toEqual([]);
  });
});
