import { Inject, Injectable } from '@nestjs/common';
import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import { Actor, AuditActionName, AuditDefinition, AuditSettings, auditWorkflowId, durationToMs, FollowUpActionName, followUpWorkflowId, Rejection } from '@auditflow/domain';
import { AppConfig } from '@auditflow/config';
import type { auditLifecycle } from '@auditflow/workflows/client';
import { ActionResult, actionUpdate, AuditeeUnitKey, AuditPhaseKey, AuditProgrammeKey, auditRecordedUpdate, auditStateQuery } from '@auditflow/workflows/client';
import { APP_CONFIG, TEMPORAL_CLIENT } from '../infrastructure/tokens';
import { withinStepDeadline } from './workflow-errors';

/**
 * The API's only way into the workflows: it starts audits and sends Updates, it never decides a transition itself.
 * Every call has a deadline (STEP_TIMEOUT): when Temporal does not answer in time the caller gets a 503 with
 * Retry-After, and a retry with the same Idempotency-Key (the Update id) takes the step at most once.
 */
@Injectable()
export class AuditWorkflowsService {
  private readonly stepTimeoutMs: number;

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.stepTimeoutMs = durationToMs(config.STEP_TIMEOUT);
  }

  /**
   * Starts the audit and returns once its first step is in the read model. With an update id (from an
   * Idempotency-Key) a second launch of the same audit id joins the first instead of failing.
   */
  launch(definition: AuditDefinition, settings: AuditSettings, launchedBy: Actor, updateId?: string): Promise<ActionResult> {
    const startWorkflowOperation = new WithStartWorkflowOperation<typeof auditLifecycle>('auditLifecycle', {
      workflowId: auditWorkflowId(definition.auditId),
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [{ definition, settings, launchedBy }],
      workflowIdConflictPolicy: updateId ? 'USE_EXISTING' : 'FAIL',
      typedSearchAttributes: [
        { key: AuditPhaseKey, value: 'initiating' },
        { key: AuditProgrammeKey, value: definition.programmeId },
        { key: AuditeeUnitKey, value: definition.auditee.unit },
      ],
    });
    return this.call(() => this.client.workflow.executeUpdateWithStart(auditRecordedUpdate, { startWorkflowOperation, ...(updateId ? { updateId } : {}) }));
  }

  act(auditId: string, action: AuditActionName, actor: Actor, payload: unknown, updateId?: string): Promise<ActionResult> {
    const handle = this.client.workflow.getHandle(auditWorkflowId(auditId));
    return this.call(() => handle.executeUpdate(actionUpdate(action), { args: [{ actor, payload }], ...(updateId ? { updateId } : {}) }));
  }

  followUpAct(auditId: string, findingId: string, action: FollowUpActionName, actor: Actor, payload: unknown, updateId?: string): Promise<ActionResult> {
    const handle = this.client.workflow.getHandle(followUpWorkflowId(auditId, findingId));
    return this.call(() => handle.executeUpdate(actionUpdate(action), { args: [{ actor, payload }], ...(updateId ? { updateId } : {}) }));
  }

  /**
   * What a step sent earlier under this Update id answered, or undefined when none was taken. A client that retries
   * after a 503 may find the audit (or the corrective action) finished by that very step; Temporal keeps an Update's
   * outcome after its workflow closed, so the retry answers what the first attempt would have, instead of a 409.
   */
  async stepTakenAlready(auditId: string, findingId: string | undefined, updateId: string | undefined): Promise<ActionResult | undefined> {
    if (!updateId) return undefined;
    const workflowId = findingId ? followUpWorkflowId(auditId, findingId) : auditWorkflowId(auditId);
    try {
      return await this.call(() => this.client.workflow.getHandle(workflowId).getUpdateHandle<ActionResult>(updateId).result());
    } catch (error) {
      // Temporal knows no Update of that id there: the step was never taken.
      if (error instanceof Rejection && error.kind === 'not-found') return undefined;
      throw error;
    }
  }

  /** Hands a mail to delivery again, in a workflow of its own (delivery retries like any mail). */
  async redeliverMail(dedupeKey: string): Promise<void> {
    await this.call(() =>
      this.client.workflow.start('redeliverMail', {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId: `redeliver-mail:${dedupeKey}:${Date.now()}`,
        args: [{ dedupeKeys: [dedupeKey] }],
      }),
    );
  }

  /** Sends a refused step to the read model again, in a workflow of its own. */
  async retryReadModelWrite(failedWriteId: number): Promise<void> {
    await this.call(() =>
      this.client.workflow.start('retryReadModelWrite', {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId: `retry-read-model-write:${failedWriteId}:${Date.now()}`,
        args: [{ failedWriteId }],
      }),
    );
  }

  liveState(auditId: string) {
    return this.call(() => this.client.workflow.getHandle(auditWorkflowId(auditId)).query(auditStateQuery));
  }

  private call<T>(operation: () => Promise<T>): Promise<T> {
    return withinStepDeadline(this.client, this.stepTimeoutMs, operation);
  }
}
