import { ensure, forbidden, invalid } from '../rejection';
import { decideExtension, findActiveTask, reassignTask, requestExtension } from '../tasks/task-operations';
import { ActionHandlers } from './change';
import { extensionDecider } from './people';

type TaskActions = 'requestExtension' | 'decideExtension' | 'reassignTask';

export const taskActionHandlers: ActionHandlers<TaskActions> = {
  requestExtension(change, payload) {
    const task = findActiveTask(change, payload.taskId);
    const decider = extensionDecider(change.state, task.assignee);
    requestExtension(change, payload, {
      decider: decider.email,
      deciderRole: decider.role,
      decisionWithin: change.state.settings.extensionDecisionWithin,
      pauseClock: change.state.settings.pauseClockWhileExtensionPending,
    });
  },

  decideExtension(change, payload) {
    decideExtension(change, payload, change.state.settings.pauseClockWhileExtensionPending);
    // The report's agreed period is the issue-report task's due date: an extension moves it, so issuing is not late.
    const task = change.state.tasks.find((candidate) => candidate.id === payload.taskId);
    if (task?.kind === 'issue-report') change.update({ reportDueAt: task.dueAt });
  },

  reassignTask(change, payload) {
    const task = findActiveTask(change, payload.taskId);
    const { state } = change;
    if (task.role === 'auditee-representative') {
      // The auditee may name a delegate for the task, who then acts on it (and what continues it) only: see
      // holdsTaskOfStep. Audits launched before that rule made every delegate a representative for the whole audit.
      // Auditors never act for the auditee.
      ensure(!state.team.some((member) => member.email === payload.assignee), () => invalid('assignee', `${payload.assignee} is on the audit team and cannot act for the auditee`));
      const wholeAuditDelegate = !state.settings.delegationIsPerTask && payload.assignee !== state.definition.auditee.representative.email;
      if (wholeAuditDelegate && !state.auditeeDelegates.includes(payload.assignee)) {
        change.update({ auditeeDelegates: [...state.auditeeDelegates, payload.assignee] });
      }
      reassignTask(change, task.id, payload.assignee, [payload.assignee]);
      return;
    }
    const eligible = state.team.filter((member) => member.role === task.role).map((member) => member.email);
    ensure(eligible.length > 0, () => forbidden(`nobody else in this audit can take a ${task.role} task`));
    reassignTask(change, task.id, payload.assignee, eligible);
  },
};
