import { isNonconformity } from '../grades';
import { criterionRule, resolveCriterion } from '../reference/criteria';
import { conflict, ensure, forbidden, invalid, notFound } from '../rejection';
import { ActionHandlers, AuditChange, enterPhase } from './change';
import { TeamMember } from './state';
import { fileRecord, filesSummary } from '../files/attached-file';
import { holdMeeting } from './preparing';

type ConductingActions = 'recordEvidence' | 'confirmEvidence' | 'recordFinding' | 'respondToFinding' | 'flagUrgentRisk' | 'changeScope' | 'recordConclusions' | 'holdClosingMeeting';

export const conductingHandlers: ActionHandlers<ConductingActions> = {
  recordEvidence(change, payload) {
    ensure(change.state.checklist.some((item) => item.id === payload.checklistItemId), () => invalid('checklistItemId', `checklist item ${payload.checklistItemId} does not exist`));
    ensure(payload.kind !== 'technical-test' || payload.authorisation, () => invalid('authorisation', 'is required for a technical test on live systems'));
    const supervisor = supervisorOf(change, payload.supervisor);
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
      ...(supervisor ? { supervisor: supervisor.email } : {}),
      ...(payload.confidential ? { confidential: true } : {}),
      ...(payload.files.length > 0 ? { files: payload.files } : {}),
    };
    change.update({ evidence: [...change.state.evidence, evidence] });
    // The timeline is read beyond the team: confidential evidence names no files there, only their count and hashes.
    const attached = payload.files.length === 0 ? '' : evidence.confidential ? `, ${payload.files.length} file(s)` : `, ${filesSummary(payload.files)}`;
    change.record({
      type: 'evidence.recorded',
      summary: `Evidence ${evidence.id} (${evidence.kind}${evidence.confidential ? ', confidential' : ''}) recorded for ${payload.checklistItemId}${attached}`,
      subjectId: evidence.id,
      ...(payload.files.length > 0 ? { data: { files: fileRecord(payload.files, { withNames: !evidence.confidential }) } } : {}),
    });
    if (supervisor) {
      change.openTask({
        kind: 'confirm-evidence',
        title: `Confirm evidence ${evidence.id} recorded by ${change.actor!.email} (auditor in training)`,
        assignee: supervisor.email,
        role: supervisor.role,
        subjectId: evidence.id,
        dueWithin: change.state.settings.evidenceConfirmationWithin ?? change.state.settings.findingResponseWithin,
      });
    }
  },

  confirmEvidence(change, payload) {
    const evidence = change.state.evidence.find((candidate) => candidate.id === payload.evidenceId);
    ensure(evidence, () => notFound(`evidence ${payload.evidenceId} does not exist`));
    ensure(evidence.supervisor, () => conflict(`evidence ${evidence.id} was not recorded under supervision; there is nothing to confirm`));
    ensure(evidence.supervisor === change.actor!.email, () => forbidden(`only ${evidence.supervisor}, who supervises evidence ${evidence.id}, confirms it`));
    ensure(!evidence.confirmation, () => conflict(`evidence ${evidence.id} is already confirmed`));
    const confirmation = { by: change.actor!.email, at: change.now, ...(payload.note ? { note: payload.note } : {}) };
    change.update({ evidence: change.state.evidence.map((candidate) => (candidate === evidence ? { ...evidence, confirmation } : candidate)) });
    change.closeTasks((task) => task.kind === 'confirm-evidence' && task.subjectId === evidence.id);
    change.record({ type: 'evidence.confirmed', summary: `Evidence ${evidence.id} confirmed by its supervisor ${confirmation.by}`, subjectId: evidence.id });
  },

  recordFinding(change, payload) {
    const { state } = change;
    payload.evidenceIds.forEach((evidenceId, index) => {
      const evidence = state.evidence.find((candidate) => candidate.id === evidenceId);
      ensure(evidence, () => invalid(`evidenceIds.${index}`, `evidence ${evidenceId} does not exist`));
      ensure(!evidence.supervisor || evidence.confirmation, () =>
        invalid(`evidenceIds.${index}`, `evidence ${evidenceId} of an auditor in training is not confirmed yet by its supervisor ${evidence.supervisor}`),
      );
    });
    const criterion = criterionOf(change, payload.criterion);
    const nonconformity = isNonconformity(payload.grade);
    ensure(!nonconformity || payload.evidenceIds.length > 0, () => invalid('evidenceIds', 'a nonconformity must cite at least one piece of evidence'));
    const finding = {
      id: change.nextId('F'),
      grade: payload.grade,
      criterion,
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

/**
 * Who supervises evidence recorded now (6.4.7): for an auditor in training, the auditor or team leader they name; for
 * anyone else, nobody (naming one is refused). Audits launched before the rule record trainee evidence as they did.
 */
function supervisorOf(change: AuditChange, named: string | undefined): TeamMember | undefined {
  const { state, actor } = change;
  const trainee = actor!.role === 'auditor-in-training' && state.settings.traineeEvidenceSupervised;
  if (!trainee) {
    ensure(!named, () => invalid('supervisor', 'is named only for evidence recorded by an auditor in training'));
    return undefined;
  }
  ensure(named, () => invalid('supervisor', 'is required: an auditor in training records evidence under a supervising auditor, who confirms it'));
  const supervisor = state.team.find((member) => member.email === named && (member.role === 'auditor' || member.role === 'team-leader'));
  ensure(supervisor, () => invalid('supervisor', `${named} is not an auditor or the team leader of this audit`));
  return supervisor;
}

/** The finding's criterion by its canonical reference id (6.3.4); free text in audits launched before the rule. */
function criterionOf(change: AuditChange, given: string): string {
  const { settings } = change.state;
  if (!settings.criteriaFromReference) return given;
  const criterion = resolveCriterion(given, settings.organisationCriteria);
  ensure(criterion, () => invalid('criterion', criterionRule(settings.organisationCriteria)));
  return criterion.id;
}
