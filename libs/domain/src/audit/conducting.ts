import { isNonconformity } from '../grades';
import { conflict, ensure, invalid, notFound } from '../rejection';
import { ActionHandlers, enterPhase } from './change';
import { holdMeeting } from './preparing';

type ConductingActions = 'recordEvidence' | 'recordFinding' | 'respondToFinding' | 'flagUrgentRisk' | 'changeScope' | 'recordConclusions' | 'holdClosingMeeting';

export const conductingHandlers: ActionHandlers<ConductingActions> = {
  recordEvidence(change, payload) {
    ensure(change.state.checklist.some((item) => item.id === payload.checklistItemId), () => invalid('checklistItemId', `checklist item ${payload.checklistItemId} does not exist`));
    ensure(payload.kind !== 'technical-test' || payload.authorisation, () => invalid('authorisation', 'is required for a technical test on live systems'));
    const evidence = {
      id: change.nextId('E'),
      checklistItemId: payload.checklistItemId,
      kind: payload.kind,
      description: payload.description,
      reference: payload.reference,
      sampling: payload.sampling,
      authorisation: payload.authorisation,
      recordedBy: change.actor!.email,
      recordedAt: change.now,
    };
    change.update({ evidence: [...change.state.evidence, evidence] });
    change.record({ type: 'evidence.recorded', summary: `Evidence ${evidence.id} (${evidence.kind}) recorded for ${payload.checklistItemId}`, subjectId: evidence.id });
  },

  recordFinding(change, payload) {
    const { state } = change;
    payload.evidenceIds.forEach((evidenceId, index) => {
      ensure(state.evidence.some((evidence) => evidence.id === evidenceId), () => invalid(`evidenceIds.${index}`, `evidence ${evidenceId} does not exist`));
    });
    const nonconformity = isNonconformity(payload.grade);
    ensure(!nonconformity || payload.evidenceIds.length > 0, () => invalid('evidenceIds', 'a nonconformity must cite at least one piece of evidence'));
    const finding = {
      id: change.nextId('F'),
      grade: payload.grade,
      criterion: payload.criterion,
      statement: payload.statement,
      evidenceIds: payload.evidenceIds,
      recordedBy: change.actor!.email,
      recordedAt: change.now,
    };
    change.update({ findings: [...state.findings, finding] });
    change.record({ type: 'finding.recorded', summary: `Finding ${finding.id} (${finding.grade}) against ${finding.criterion}: ${finding.statement}`, subjectId: finding.id, data: { grade: finding.grade } });
    if (nonconformity) {
      change.openTask({
        kind: 'respond-to-finding',
        title: `Acknowledge or dispute ${finding.grade.replace('-', ' ')} ${finding.id}`,
        assignee: state.definition.auditee.representative.email,
        role: 'auditee-representative',
        subjectId: finding.id,
        dueWithin: state.settings.findingResponseWithin,
      });
    }
  },

  respondToFinding(change, payload) {
    const finding = change.state.findings.find((candidate) => candidate.id === payload.findingId);
    ensure(finding, () => notFound(`finding ${payload.findingId} does not exist`));
    ensure(isNonconformity(finding.grade), () => conflict(`finding ${finding.id} is a ${finding.grade}; only nonconformities are answered`));
    ensure(!finding.response, () => conflict(`finding ${finding.id} has already been answered`));
    ensure(payload.acknowledged || payload.disagreement, () => invalid('disagreement', 'is required when the finding is disputed'));
    const response = { acknowledged: payload.acknowledged, disagreement: payload.disagreement, by: change.actor!.email, at: change.now };
    change.update({ findings: change.state.findings.map((candidate) => (candidate === finding ? { ...finding, response } : candidate)) });
    change.closeTasks((task) => task.kind === 'respond-to-finding' && task.subjectId === finding.id);
    change.record({
      type: payload.acknowledged ? 'finding.acknowledged' : 'finding.disputed',
      summary: payload.acknowledged ? `Auditee acknowledged ${finding.id}` : `Auditee disputed ${finding.id}: ${payload.disagreement}`,
      subjectId: finding.id,
    });
  },

  flagUrgentRisk(change, payload) {
    const { definition } = change.state;
    const risk = { id: change.nextId('R'), description: payload.description, reportedBy: change.actor!.email, reportedAt: change.now };
    change.update({ urgentRisks: [...change.state.urgentRisks, risk] });
    change.record({
      type: 'risk.flagged',
      summary: `Immediate significant risk reported: ${payload.description}`,
      subjectId: risk.id,
      notify: [
        {
          kind: 'urgent-risk',
          key: `${risk.id}:urgent-risk`,
          to: [definition.auditee.representative.email, definition.auditee.manager.email],
          cc: [definition.programmeManager.email],
          data: { description: payload.description, reportedBy: risk.reportedBy, auditTitle: definition.title },
        },
      ],
    });
  },

  changeScope(change, payload) {
    const { state } = change;
    change.update({
      definition: { ...state.definition, scope: payload.scope, objectives: payload.objectives ?? state.definition.objectives },
      scopeChanges: [...state.scopeChanges, { scope: payload.scope, objectives: payload.objectives, reason: payload.reason, by: change.actor!.email, at: change.now }],
    });
    // The audit client and the auditee learn of a change of scope at once, with its reason (6.4.4).
    const { definition } = state;
    const scope = payload.scope;
    change.record({
      type: 'scope.changed',
      summary: `Scope changed: ${payload.reason}`,
      data: { scope, objectives: payload.objectives },
      notify: [
        {
          kind: 'scope-changed',
          key: `scope-change-${state.scopeChanges.length + 1}:scope-changed`,
          to: [...new Set([definition.auditee.representative.email, definition.auditee.manager.email, definition.programmeManager.email])],
          cc: [],
          data: { auditTitle: definition.title, reason: payload.reason, units: scope.units.join(', '), processes: scope.processes.join(', ') || '-', sites: scope.sites.join(', ') || '-' },
        },
      ],
    });
  },

  recordConclusions(change, payload) {
    change.update({ conclusions: { ...payload, recordedBy: change.actor!.email, recordedAt: change.now } });
    change.record({ type: 'conclusions.recorded', summary: `Conclusions recorded; objectives ${payload.objectivesMet ? 'met' : 'not met'}` });
  },

  holdClosingMeeting(change, payload) {
    const { state } = change;
    ensure(state.conclusions, () => conflict('conclusions have not been recorded'));
    const unanswered = state.findings.filter((finding) => isNonconformity(finding.grade) && !finding.response);
    ensure(unanswered.length === 0, () => conflict(`nonconformities not yet acknowledged or disputed by the auditee: ${unanswered.map((finding) => finding.id).join(', ')}`));
    const meeting = state.meetings.find((candidate) => candidate.kind === 'closing' && candidate.status === 'scheduled');
    ensure(meeting, () => conflict('the closing meeting has not been scheduled'));
    holdMeeting(change, meeting.id, payload);
    enterPhase(change, 'reporting');
  },
};
