import { Inject, Injectable } from '@nestjs/common';
import { Client, WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { Actor, auditWorkflowId, durationToMs, ProgrammeActionName, ProgrammeRunDefinition, programmeWorkflowId } from '@auditflow/domain';
import { AppConfig } from '@auditflow/config';
import type { auditProgramme } from '@auditflow/workflows/client';
import { ActionResult, actionUpdate, AuditProgrammeKey, auditRecordedUpdate } from '@auditflow/workflows/client';
import { APP_CONFIG, TEMPORAL_CLIENT } from '../infrastructure/tokens';
import { withinStepDeadline } from './workflow-errors';

/** The API's way into programmes' workflows: it starts a cycle and sends the programme manager's steps as Updates. */
@Injectable()
export class ProgrammeWorkflowsService {
  private readonly stepTimeoutMs: number;

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.stepTimeoutMs = durationToMs(config.STEP_TIMEOUT);
  }

  /**
   * Starts the programme's cycle, or joins the one already running, and returns once its first step is in the read
   * model. One cycle per programme: its workflow id is the programme's, and a completed cycle is not started again.
   */
  async startCycle(definition: ProgrammeRunDefinition, startedBy: Actor): Promise<void> {
    const startWorkflowOperation = new WithStartWorkflowOperation<typeof auditProgramme>('auditProgramme', {
      workflowId: programmeWorkflowId(definition.programmeId),
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [{ definition, startedBy }],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      typedSearchAttributes: [{ key: AuditProgrammeKey, value: definition.programmeId }],
    });
    try {
      await this.call(() => this.client.workflow.executeUpdateWithStart(auditRecordedUpdate, { startWorkflowOperation }));
    } catch (error) {
      // The cycle ran and completed: it is not started again (one cycle per programme), and what it recorded stays.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }

  act(programmeId: string, action: ProgrammeActionName, actor: Actor, payload: unknown, updateId?: string): Promise<ActionResult> {
    const handle = this.client.workflow.getHandle(programmeWorkflowId(programmeId));
    return this.call(() => handle.executeUpdate(actionUpdate(action), { args: [{ actor, payload }], ...(updateId ? { updateId } : {}) }));
  }

  /** Waits until an audit the programme started has its first step in the read model. */
  auditRecorded(auditId: string): Promise<ActionResult> {
    return this.call(() => this.client.workflow.getHandle(auditWorkflowId(auditId)).executeUpdate(auditRecordedUpdate));
  }

  private call<T>(operation: () => Promise<T>): Promise<T> {
    return withinStepDeadline(this.client, this.stepTimeoutMs, operation);
  }
}
