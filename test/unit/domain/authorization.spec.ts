import {
  Actor,
  AUDIT_ACTION_NAMES,
  AUDIT_ACTIONS,
  AUDIT_PHASES,
  AUDIT_ROLES,
  AuditPhase,
  AuditRole,
  authorizeAuditAction,
  performAuditAction,
  roleLabel,
} from '@auditflow/domain';
import { act, auditInPreparing, newAudit, PLAN, refuse } from './support/audit-driver';
import { as, expectRejection, P, rejectionOf } from './support/fixtures';

/** Someone holding each role in the sample audit, for the roles the sample cast covers. */
const HOLDER: Partial<Record<AuditRole, Actor>> = {
  'programme-manager': as.pm,
  'team-leader': as.lead,
  auditor: as.auditor,
  'auditee-representative': as.rep,
  'auditee-manager': as.manager,
  'compliance-lead': as.compliance,
};

describe('authorisation and validation of audit actions', () => {
  describe('authorizeAuditAction, for every action', () => {
    const state = newAudit().state;
    const forbiddenPairs = AUDIT_ACTION_NAMES.flatMap((action) =>
      AUDIT_ROLES.filter((role) => !(AUDIT_ACTIONS[action].roles as readonly AuditRole[]).includes(role)).map((role) => [action, role] as const),
    );
    const wrongPhases = AUDIT_ACTION_NAMES.flatMap((action) => AUDIT_PHASES.filter((phase) => !(AUDIT_ACTIONS[action].phases as readonly AuditPhase[]).includes(phase)).map((phase) => [action, phase] as const));

    it.each(forbiddenPairs)('refuses %s to a %s as forbidden, naming the allowed roles', (action, role) => {
      const rejection = rejectionOf(() => authorizeAuditAction(state, action, { email: 'anyone@example.org', role }));
      expectRejection(rejection, 'forbidden', `a ${roleLabel(role)} may not ${action}; allowed: ${AUDIT_ACTIONS[action].roles.map(roleLabel).join(', ')}`);
    });

    it.each(wrongPhases)('refuses %s while the audit is %s as a conflict naming the phase', (action, phase) => {
      const role = AUDIT_ACTIONS[action].roles.find((candidate) => HOLDER[candidate])!;
      const rejection = rejectionOf(() => authorizeAuditAction({ ...state, phase }, action, HOLDER[role]!));
      expectRejection(rejection, 'conflict', `${action} is not allowed while the audit is ${phase}; it is allowed in: ${AUDIT_ACTIONS[action].phases.join(', ')}`);
    });

    it('checks the role before the phase', () => {
      expectRejection(rejectionOf(() => authorizeAuditAction({ ...state, phase: 'closed' }, 'draftPlan', as.rep)), 'forbidden');
    });
  });

  describe('performAuditAction', () => {
    it('refuses a role the action does not allow as forbidden', () => {
      const audit = newAudit();
      const rejection = refuse(audit, 'acknowledgeContact', as.lead, { channels: ['e-mail'], confidentialityAgreed: true });
      expectRejection(rejection, 'forbidden', 'a team leader may not acknowledgeContact; allowed: auditee representative');
    });

    const acknowledge = { channels: ['e-mail'], confidentialityAgreed: true };
    it.each([
      ['an auditor claiming to lead the team', { email: P.auditor.email, role: 'team-leader' as const }, 'cancelAudit', { reason: 'Because' }],
      ['the auditee claiming to be the programme manager', { email: P.auditeeRepresentative.email, role: 'programme-manager' as const }, 'cancelAudit', { reason: 'Because' }],
      ['a stranger claiming to be the auditee', { email: 'stranger@example.org', role: 'auditee-representative' as const }, 'acknowledgeContact', acknowledge],
    ] as const)('refuses %s as forbidden', (_label, actor, action, payload) => {
      const audit = newAudit();
      const rejection = refuse(audit, action, actor, payload);
      expectRejection(rejection, 'forbidden', `${actor.email} is not the ${roleLabel(actor.role)} of audit ${audit.state.definition.auditId}`);
    });

    it('recognises the actor whatever the case of the e-mail address', async () => {
      const audit = newAudit();
      await act(audit, 'acknowledgeContact', { email: P.auditeeRepresentative.email.toUpperCase(), role: 'auditee-representative' }, { channels: ['e-mail'], confidentialityAgreed: true });
      expect(audit.state.contact?.acknowledgedBy).toBe(P.auditeeRepresentative.email);
    });

    it('refuses an action outside its phases as a conflict naming the current phase', async () => {
      const audit = newAudit();
      expectRejection(refuse(audit, 'draftPlan', as.lead, { content: PLAN }), 'conflict', /while the audit is initiating; it is allowed in: preparing$/);

      await act(audit, 'cancelAudit', as.pm, { reason: 'Budget cut' });
      expectRejection(refuse(audit, 'acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true }), 'conflict', 'while the audit is cancelled');
    });

    it.each([
      ['a missing field', 'decideFeasibility', { feasible: true }, 'reason'],
      ['a wrong type', 'decideFeasibility', { feasible: 'yes', reason: 'Fine' }, 'feasible'],
      ['a blank text', 'decideFeasibility', { feasible: true, reason: '   ' }, 'reason'],
      ['an empty list', 'acknowledgeContact', { channels: [], confidentialityAgreed: true }, 'channels'],
      ['a bad e-mail in a list', 'acknowledgeContact', { channels: ['e-mail'], confidentialityAgreed: true, objections: [{ memberEmail: 'nobody', reason: 'x' }] }, 'objections.0.memberEmail'],
      ['no payload at all', 'cancelAudit', undefined, 'reason'],
    ])('refuses %s as invalid, naming the field', (_label, action, payload, field) => {
      const audit = newAudit();
      const actor = action === 'acknowledgeContact' ? as.rep : action === 'cancelAudit' ? as.pm : as.lead;
      expectRejection(refuse(audit, action as never, actor, payload), 'invalid', undefined, field);
    });

    it('names nested fields and says what is wrong with them', async () => {
      const audit = await auditInPreparing();
      const rejection = refuse(audit, 'draftPlan', as.lead, { content: { ...PLAN, fieldworkStart: '1 March' } });
      expectRejection(rejection, 'invalid', /ISO 8601 date-time/, 'content.fieldworkStart');
      expectRejection(refuse(audit, 'requestDocuments', as.lead, { documents: [{ name: 'SoA' }], dueWithin: 'ten days' }), 'invalid', /ISO 8601 duration/, 'dueWithin');
    });

    it('refuses an unknown action as not found', () => {
      const audit = newAudit();
      expectRejection(refuse(audit, 'launchRocket' as never, as.pm, {}), 'not-found', 'unknown action launchRocket');
    });

    it('never modifies the state it is given, even when the action succeeds', () => {
      const audit = newAudit();
      const state = audit.state;
      const before = structuredClone(state);
      const outcome = performAuditAction(state, 'acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true }, audit.now());

      expect(outcome.state).not.toBe(state);
      expect(outcome.state.contact).toBeDefined();
      expect(state).toStrictEqual(before);
    });

    it('leaves the state untouched when a rule refuses the action after the checks passed', async () => {
      const audit = newAudit();
      await act(audit, 'acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true, objections: [{ memberEmail: P.auditor.email, reason: 'Former colleague' }] });
      const state = audit.state;
      // refuse() compares the state before and after with a deep copy.
      expectRejection(refuse(audit, 'decideFeasibility', as.lead, { feasible: true, reason: 'Fine' }), 'conflict', 'objections to team members are still open');
      expect(audit.state).toBe(state);
    });
  });
});
