import { independenceConflict } from '../independence';
import { conflict, ensure, invalid, notFound } from '../rejection';
import { generateChecklist } from '../reference';
import { ActionHandlers, AuditChange, enterPhase } from './change';
import { auditeeAssigneeFor, teamLeader } from './people';
import { ChecklistItem, DocumentRequest } from './state';
import { fileRecord, filesSummary } from '../files/attached-file';

type PreparingActions =
  | 'requestDocuments'
  | 'supplyDocument'
  | 'recordDocumentReview'
  | 'draftPlan'
  | 'presentPlan'
  | 'answerPlan'
  | 'assignWork'
  | 'addChecklistItems'
  | 'holdOpeningMeeting';

export const preparingHandlers: ActionHandlers<PreparingActions> = {
  requestDocuments(change, payload) {
    const { state } = change;
    const names = payload.documents.map((document) => document.name);
    const task = change.openTask({
      kind: 'supply-documents',
      title: `Supply documents: ${names.join(', ')}`,
      assignee: state.definition.auditee.representative.email,
      role: 'auditee-representative',
      dueWithin: payload.dueWithin ?? state.settings.documentsDueWithin,
    });
    const { dueAt } = task;
    const requests: DocumentRequest[] = payload.documents.map((document) => ({
      id: change.nextId('D'),
      taskId: task.id,
      name: document.name,
      description: document.description,
      requestedAt: change.now,
      dueAt,
    }));
    change.update({ documents: [...change.state.documents, ...requests], documentReview: undefined });
    change.record({ type: 'documents.requested', summary: `Requested ${names.join(', ')} by ${dueAt}`, data: { documentIds: requests.map((request) => request.id), dueAt } });
  },

  supplyDocument(change, payload) {
    const request = change.state.documents.find((document) => document.id === payload.documentId);
    ensure(request, () => notFound(`document request ${payload.documentId} does not exist`));
    ensure(!request.supplied, () => conflict(`document ${request.id} (${request.name}) was already supplied`));
    ensure(payload.reference || payload.files.length > 0, () => invalid('reference', 'a supplied document needs a reference or at least one file'));
    const files = payload.files.length > 0 ? { files: payload.files } : {};
    const supplied = { reference: payload.reference, note: payload.note, by: change.actor!.email, at: change.now, ...files };
    const documents = change.state.documents.map((document) => (document === request ? { ...document, supplied } : document));
    change.update({ documents });
    change.record({
      type: 'document.supplied',
      summary: `Auditee supplied ${request.name} (${[payload.reference, filesSummary(payload.files)].filter(Boolean).join(', ')})`,
      subjectId: request.id,
      ...(payload.files.length > 0 ? { data: { files: fileRecord(payload.files) } } : {}),
    });
    if (documents.every((document) => document.taskId !== request.taskId || document.supplied)) {
      change.closeTasks((task) => task.id === request.taskId);
    }
    if (documents.every((document) => document.supplied) && change.activeTasks((task) => task.kind === 'review-documents').length === 0) {
      change.openTask({
        kind: 'review-documents',
        title: 'Review the supplied documents',
        assignee: teamLeader(change.state).email,
        role: 'team-leader',
        dueWithin: change.state.settings.documentReviewWithin,
      });
    }
  },

  recordDocumentReview(change, payload) {
    const { documents } = change.state;
    ensure(documents.length > 0, () => conflict('no documents have been requested yet'));
    const missing = documents.filter((document) => !document.supplied);
    ensure(missing.length === 0, () => conflict(`documents not supplied yet: ${missing.map((document) => `${document.id} ${document.name}`).join(', ')}`));
    change.update({ documentReview: { adequate: payload.adequate, concerns: payload.concerns, reviewedBy: change.actor!.email, reviewedAt: change.now } });
    change.closeTasks((task) => task.kind === 'review-documents');
    change.record({
      type: 'documents.reviewed',
      summary: `Document review: ${payload.adequate ? 'adequate' : 'not adequate'}${payload.concerns.length ? `; concerns: ${payload.concerns.join('; ')}` : ''}`,
    });
  },

  draftPlan(change, payload) {
    const content = payload.content;
    ensure(Date.parse(content.fieldworkEnd) >= Date.parse(content.fieldworkStart), () => invalid('content.fieldworkEnd', 'must not be before fieldworkStart'));
    ensure(Date.parse(content.closingMeetingAt) > Date.parse(content.openingMeetingAt), () => invalid('content.closingMeetingAt', 'must be after openingMeetingAt'));
    const version = change.state.plans.length + 1;
    const plans = change.state.plans.map((plan) => (plan.status === 'draft' || plan.status === 'presented' ? { ...plan, status: 'superseded' as const } : plan));
    change.update({ plans: [...plans, { version, content, status: 'draft', draftedBy: change.actor!.email, draftedAt: change.now }] });
    change.closeTasks((task) => task.kind === 'answer-plan', 'cancelled');
    change.record({ type: 'plan.drafted', summary: `Audit plan version ${version} drafted`, subjectId: `plan-${version}` });
  },

  presentPlan(change) {
    const plan = change.state.plans[change.state.plans.length - 1];
    ensure(plan && plan.status === 'draft', () => conflict('there is no plan draft to present; draft a plan first'));
    change.update({ plans: change.state.plans.map((candidate) => (candidate === plan ? { ...plan, status: 'presented' } : candidate)) });
    change.record({ type: 'plan.presented', summary: `Audit plan version ${plan.version} presented to the auditee`, subjectId: `plan-${plan.version}` });
    change.openTask({
      kind: 'answer-plan',
      title: `Accept or object to audit plan version ${plan.version}`,
      // Answering a revised plan continues answering the last one: it stays with whoever that was given to.
      assignee: auditeeAssigneeFor(change.state, (task) => task.kind === 'answer-plan'),
      role: 'auditee-representative',
      subjectId: `plan-${plan.version}`,
      dueWithin: change.state.settings.planAnswerWithin,
    });
  },

  answerPlan(change, payload) {
    const plan = change.state.plans.find((candidate) => candidate.status === 'presented');
    ensure(plan, () => conflict('no plan is awaiting an answer'));
    ensure(payload.accepted || payload.objection, () => invalid('objection', 'is required when the plan is not accepted'));
    const answer = { accepted: payload.accepted, objection: payload.objection, by: change.actor!.email, at: change.now };
    change.update({ plans: change.state.plans.map((candidate) => (candidate === plan ? { ...plan, status: payload.accepted ? 'accepted' : 'objected', answer } : candidate)) });
    change.closeTasks((task) => task.kind === 'answer-plan');
    if (payload.accepted) {
      change.closeTasks((task) => task.kind === 'issue-plan');
      change.record({ type: 'plan.accepted', summary: `Auditee accepted audit plan version ${plan.version}`, subjectId: `plan-${plan.version}` });
    } else {
      change.record({ type: 'plan.objected', summary: `Auditee objected to audit plan version ${plan.version}: ${payload.objection}`, subjectId: `plan-${plan.version}` });
    }
  },

  assignWork(change, payload) {
    const { state } = change;
    payload.assignments.forEach((assignment, index) => {
      const member = state.team.find((candidate) => candidate.email === assignment.auditor);
      ensure(member, () => invalid(`assignments.${index}.auditor`, `${assignment.auditor} is not on the audit team`));
      ensure(['team-leader', 'auditor', 'auditor-in-training'].includes(member.role), () =>
        invalid(`assignments.${index}.auditor`, `a ${member.role} cannot be assigned audit work`),
      );
      const items = state.checklist.filter((item) => assignment.checklistItemIds.includes(item.id));
      const audited = { units: [assignment.unit ?? state.definition.auditee.unit], subjects: [assignment.area, ...items.map((item) => item.clause)], startsAt: state.definition.plannedStart };
      const conflict = independenceConflict({ role: member.role, units: [member.unit], ownWork: member.ownWork }, audited);
      ensure(!conflict, () => invalid(`assignments.${index}.${conflict!.field === 'unit' ? 'unit' : 'auditor'}`, `${member.email} ${conflict!.reason}`));
      for (const itemId of assignment.checklistItemIds) {
        ensure(state.checklist.some((item) => item.id === itemId), () => invalid(`assignments.${index}.checklistItemIds`, `checklist item ${itemId} does not exist`));
      }
    });
    const assignments = payload.assignments.map((assignment) => ({ id: change.nextId('W'), ...assignment }));
    change.update({ assignments: [...change.state.assignments, ...assignments] });
    change.record({ type: 'work.assigned', summary: `Work assigned: ${assignments.map((assignment) => `${assignment.area} → ${assignment.auditor}`).join('; ')}` });
  },

  addChecklistItems(change, payload) {
    let generated: ChecklistItem[] = [];
    const exclusions = soaExclusions(change, payload.generate?.excludedControls ?? []);
    if (payload.generate) {
      try {
        generated = generateChecklist({ ...payload.generate, excludedControls: exclusions.map((exclusion) => exclusion.control) }).map((item) => ({ ...item, id: '' }));
      } catch (error) {
        throw invalid('generate', error instanceof Error ? error.message : String(error));
      }
    }
    const written = payload.items.map((item) => ({ ...item, id: '', standard: 'ISO/IEC 27001:2022' }));
    const items = [...generated, ...written].map(({ id: _unset, ...item }) => ({ ...item, id: change.nextId('C') }));
    change.update({ checklist: [...change.state.checklist, ...items] });
    change.record({ type: 'checklist.extended', summary: `${items.length} checklist items added`, data: { count: items.length } });
    if (exclusions.some((exclusion) => exclusion.justification)) {
      change.record({
        type: 'checklist.soa-exclusions',
        summary: `Controls the Statement of Applicability excludes: ${exclusions.map((exclusion) => `${exclusion.control} (${exclusion.justification ?? 'no justification'})`).join('; ')}`,
        data: { exclusions },
      });
    }
  },

  holdOpeningMeeting(change, payload) {
    const { state } = change;
    ensure(state.documentReview, () => conflict('the document review has not been recorded'));
    ensure(state.plans.some((plan) => plan.status === 'accepted'), () => conflict('the auditee has not accepted an audit plan'));
    ensure(state.checklist.length > 0, () => conflict('the checklist is empty'));
    ensure(state.assignments.length > 0, () => conflict('no audit work has been assigned'));
    const meeting = state.meetings.find((candidate) => candidate.kind === 'opening' && candidate.status === 'scheduled');
    ensure(meeting, () => conflict('the opening meeting has not been scheduled'));
    holdMeeting(change, meeting.id, { attendance: payload.attendance, minutes: payload.minutes });
    enterPhase(change, 'conducting');
  },
};

export function holdMeeting(change: AuditChange, meetingId: string, held: { attendance: string[]; minutes: string; divergingOpinions?: string[]; followUpExpectations?: string }): void {
  change.update({ meetings: change.state.meetings.map((meeting) => (meeting.id === meetingId ? { ...meeting, status: 'held' as const, held: { ...held, at: change.now } } : meeting)) });
  change.closeTasks((task) => task.kind === 'attend-meeting' && task.subjectId === meetingId);
  const meeting = change.state.meetings.find((candidate) => candidate.id === meetingId)!;
  change.record({ type: 'meeting.held', summary: `${meeting.title} held; attendance: ${held.attendance.join(', ')}`, subjectId: meetingId });
}

/**
 * Annex A controls the Statement of Applicability excludes, for the checklist. Each carries its justification
 * (ISO/IEC 27001:2022 6.1.3 d); audits launched before that rule may name a control alone.
 */
function soaExclusions(change: AuditChange, given: readonly (string | { control: string; justification: string })[]): { control: string; justification?: string }[] {
  return given.map((exclusion, index) => {
    if (typeof exclusion !== 'string') return exclusion;
    ensure(!change.state.settings.criteriaFromReference, () =>
      invalid(`generate.excludedControls.${index}`, `${exclusion}: an exclusion from the Statement of Applicability carries its justification ({ control, justification })`),
    );
    return { control: exclusion };
  });
}
