import { AUDIT_ROLES, auditWorkflowId, CORRECTIVE_ACTION_STATES, FOLLOW_UP_ACTIONS, findingOfFollowUp, followUpStepsOpenTo, followUpWorkflowId, stepsOpenTo } from '@auditflow/domain';

describe('the steps offered to a person ahead', () => {
  it('offers an auditee the contact acknowledgement while the audit is initiating, and not the plan answer', () => {
    const actions = stepsOpenTo(['auditee-representative'], 'initiating').map((step) => step.action);
    expect(actions).toContain('acknowledgeContact');
    expect(actions).not.toContain('answerPlan');
    expect(actions).not.toContain('decideFeasibility');
  });

  it('names every role in which a person holding several may take a step', () => {
    const verify = followUpStepsOpenTo(['team-leader', 'auditor'], 'evidence-submitted').find((step) => step.action === 'verifyEffectiveness');
    expect(verify?.roles).toEqual(['auditor', 'team-leader']);
  });

  it('offers a follow-up step only in the states and roles its definition allows', () => {
    for (const status of CORRECTIVE_ACTION_STATES) {
      for (const role of AUDIT_ROLES) {
        for (const step of followUpStepsOpenTo([role], status)) {
          expect(FOLLOW_UP_ACTIONS[step.action].states).toContain(status);
          expect(FOLLOW_UP_ACTIONS[step.action].roles).toContain(role);
        }
      }
    }
    expect(followUpStepsOpenTo(['auditee-representative'], 'awaiting-plan').map((step) => step.action)).toEqual(['submitActionPlan', 'requestExtension']);
    expect(followUpStepsOpenTo(['team-leader'], 'plan-submitted').map((step) => step.action)).toContain('reviewActionPlan');
    expect(followUpStepsOpenTo([...AUDIT_ROLES], 'closed')).toEqual([]);
  });
});

describe('which workflow a task belongs to', () => {
  it('names the finding of a follow-up workflow and nothing for the audit itself', () => {
    const auditId = '0b6f4f0e-2c7e-4d53-9a8b-7f1d2b3c4d5e';
    expect(findingOfFollowUp(auditId, followUpWorkflowId(auditId, 'F-12'))).toBe('F-12');
    expect(findingOfFollowUp(auditId, auditWorkflowId(auditId))).toBeUndefined();
    expect(findingOfFollowUp(auditId, followUpWorkflowId('another', 'F-1'))).toBeUndefined();
  });
});
