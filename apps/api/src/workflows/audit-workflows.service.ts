import { Inject, Injectable } from '@nestjs/common';
import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import { AuditActionName, AuditDefinition, AuditSettings, auditWorkflowId, followUpWorkflowId, FollowUpActionName } from '../../../../libs/domain/src';
import { Actor } from '../../../../libs/domain/src/roles';
import { AppConfig } from '../../../../libs/config/src';
import type { auditLifecycle } from '../../../../workflows/audit-lifecycle';
import { ActionResult, actionUpdate, auditRecordedUpdate, auditStateQuery } from '../../../../workflows/definitions';
import { AuditeeUnitKey, AuditPhaseKey, AuditProgrammeKey } from '../../../../workflows/shared/search-attributes';
import { APP_CONFIG, TEMPORAL_CLIENT } from '../infrastructure/tokens';
import { asRejection } from './workflow-errors';

/** The API's only way into the workflows: it starts audits and sends Updates, it never decides a transition itself. */
@Injectable()
export class AuditWorkflowsService {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts the audit and returns once its first step is in the read model. */
  async launch(definition: AuditDefinition, settings: AuditSettings, launchedBy: Actor): Promise<ActionResult> {
    const startWorkflowOperation = new WithStartWorkflowOperation<typeof auditLifecycle>('auditLifecycle', {
      workflowId: auditWorkflowId(definition.auditId),
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [{ definition, settings, launchedBy }],
      workflowIdConflictPolicy: 'FAIL',
      typedSearchAttributes: [
        { key: AuditPhaseKey, value: 'initiating' },
        { key: AuditProgrammeKey, value: definition.programmeId },
        { key: AuditeeUnitKey, value: definition.auditee.unit },
      ],
    });
    return this.client.workflow.executeUpdateWithStart(auditRecordedUpdate, { startWorkflowOperation });
  }

  act(auditId: string, action: AuditActionName, actor: Actor, payload: unknown): Promise<ActionResult> {
    const handle = this.client.workflow.getHandle(auditWorkflowId(auditId));
    return this.translate(handle.executeUpdate(actionUpdate(action), { args: [{ actor, payload }] }));
  }

  followUpAct(auditId: string, findingId: string, action: FollowUpActionName, actor: Actor, payload: unknown): Promise<ActionResult> {
    const handle = this.client.workflow.getHandle(followUpWorkflowId(auditId, findingId));
    return this.translate(handle.executeUpdate(actionUpdate(action), { args: [{ actor, payload }] }));
  }

  liveState(auditId: string) {
    return this.translate(this.client.workflow.getHandle(auditWorkflowId(auditId)).query(auditStateQuery));
  }

  private async translate<T>(call: Promise<T>): Promise<T> {
    try {
      return await call;
    } catch (error) {
      throw asRejection(error) ?? error;
    }
  }
}
