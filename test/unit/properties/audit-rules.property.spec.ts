// Property-based tests of the audit rules (fast-check, seeded so a failure reproduces: FUZZ_SEED=<seed> npm test).
// Whatever step anyone sends in whatever state a real audit passes through, the rules answer with a Rejection or a
// new state that keeps the invariants; they never crash and never change the state they refuse.
import fc from 'fast-check';
import { AUDIT_ACTION_NAMES, AUDIT_ROLES, AuditState, isActive, performAuditAction, Rejection } from '@auditflow/domain';
import { runSampleAudit, SAMPLE_PEOPLE } from '@auditflow/samples';
import { InMemoryAudit } from '../../support/in-memory-audit';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const PEOPLE = [...Object.values(SAMPLE_PEOPLE).map((person) => person.email), 'stranger@elsewhere.example'];

/** Every state of the sample audit, from launch to closed. */
async function statesOfTheSampleAudit(): Promise<AuditState[]> {
  const audit = new InMemoryAudit();
  const states: AuditState[] = [audit.state];
  const act = audit.act.bind(audit);
  audit.act = async (action, actor, payload) => {
    const result = await act(action, actor, payload);
    states.push(audit.state);
    return result;
  };
  await runSampleAudit(audit);
  return states;
}

/** Strings that break naive code: edge lengths, surrogates, control characters, RTL marks, emoji, combining marks. */
const nastyString = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', 'x\ud800y', '\udc00', 'a\u0000b', '\u202Eevil', '👩🏽‍💻', 'e\u0301', 'x'.repeat(10_001), 'T-1', 'F-1', 'D-1', 'M-1', '2027-01-01T00:00:00Z', 'P1D'),
);
const payload = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.constantFrom('taskId', 'findingId', 'documentId', 'meetingId', 'memberEmail', 'note', 'reason', 'grade', 'feasible', 'accept', 'documents', 'content', 'version'), fc.oneof(nastyString, fc.boolean(), fc.integer(), fc.array(nastyString, { maxLength: 3 }))),
);

function invariantsHold(state: AuditState): void {
  const active = state.tasks.filter(isActive).map((task) => `${task.kind}|${task.subjectId ?? ''}|${task.assignee}`);
  expect(new Set(active).size).toBe(active.length);
  if (state.phase === 'closed') expect(state.followUps.filter((followUp) => followUp.state === 'open')).toEqual([]);
  const ids = state.tasks.map((task) => task.id);
  expect(new Set(ids).size).toBe(ids.length);
}

describe('the audit rules under arbitrary steps', () => {
  let states: AuditState[];
  beforeAll(async () => {
    states = await statesOfTheSampleAudit();
  });

  it('refuse with a Rejection, without touching the state, or move to a state that keeps the invariants', () => {
    expect(states.length).toBeGreaterThan(30);
    fc.assert(
      fc.property(
        fc.nat(states.length - 1),
        fc.constantFrom(...AUDIT_ACTION_NAMES),
        fc.constantFrom(...PEOPLE),
        fc.constantFrom(...AUDIT_ROLES),
        payload,
        (index, action, email, role, body) => {
          const state = states[index]!;
          const before = JSON.stringify(state);
          try {
            const outcome = performAuditAction(state, action, { email, role }, body, '2027-02-01T10:00:00.000Z');
            invariantsHold(outcome.state);
          } catch (error) {
            if (!(error instanceof Rejection)) throw error;
          }
          expect(JSON.stringify(state)).toBe(before);
        },
      ),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
