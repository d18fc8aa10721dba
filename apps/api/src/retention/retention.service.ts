import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { auditWorkflowId, conflict, forbidden, invalid, legalHoldSchema, liftLegalHoldSchema, RECORD_CLASS_LABELS, retentionExtensionSchema } from '@auditflow/domain';
import { appendSideEvent, grantRetentionExtension, liftLegalHold, setLegalHold } from '@auditflow/persistence';
import { AuditsService } from '../audits/audits.service';
import { Principal } from '../auth/principal';
import { TEMPORAL_CLIENT } from '../infrastructure/tokens';
import { parseRequest } from '../common/zod-pipe';

/** The records workflow of an audit: the audit's workflow id with `:records`, as the audit names the child it starts. */
export const recordsWorkflowId = (auditId: string) => `${auditWorkflowId(auditId)}:records`;

/**
 * What the compliance lead decides about an audit's records (6.6): a legal hold, set and lifted with a reason, stops
 * disposal; an extension keeps a class longer. Each is recorded with its timeline line in one transaction, then the
 * records workflow (if the audit has closed) is told to read its plan again. Who asks is checked before what they
 * send (404, 403, then 400), as for every step.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly audits: AuditsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  async setHold(principal: Principal, auditId: string, body: unknown) {
    const phase = await this.asComplianceLead(principal, auditId);
    const request = parseRequest(legalHoldSchema, body);
    const summary = `Legal hold set by ${principal.email}: ${request.reason}. Nothing of this audit is disposed of until it is lifted`;
    await this.dataSource.transaction(async (db) => {
      if (!(await setLegalHold(db, auditId, request.reason, principal.email))) throw conflict(`audit ${auditId} is under a legal hold already`);
      await this.record(db, auditId, 'records.legal-hold.set', summary, { reason: request.reason, by: principal.email });
    });
    await this.tellRecordsWorkflow(auditId);
    return answer(auditId, phase, 'records.legal-hold.set', summary);
  }

  async liftHold(principal: Principal, auditId: string, body: unknown) {
    const phase = await this.asComplianceLead(principal, auditId);
    const request = parseRequest(liftLegalHoldSchema, body);
    const summary = `Legal hold lifted by ${principal.email}: ${request.reason}`;
    await this.dataSource.transaction(async (db) => {
      const lifted = await liftLegalHold(db, auditId, request.reason, principal.email);
      if (!lifted) throw conflict(`audit ${auditId} is under no legal hold`);
      await this.record(db, auditId, 'records.legal-hold.lifted', `${summary} (set by ${lifted.setBy}: ${lifted.reason})`, { reason: request.reason, by: principal.email });
    });
    await this.tellRecordsWorkflow(auditId);
    return answer(auditId, phase, 'records.legal-hold.lifted', summary);
  }

  async extend(principal: Principal, auditId: string, body: unknown) {
    const phase = await this.asComplianceLead(principal, auditId);
    const request = parseRequest(retentionExtensionSchema, body);
    if (Date.parse(request.keepUntil) <= Date.now()) throw invalid('keepUntil', 'must be in the future');
    const summary = `Retention of ${RECORD_CLASS_LABELS[request.recordClass]} extended by ${principal.email} until ${request.keepUntil}: ${request.reason}`;
    await this.dataSource.transaction(async (db) => {
      await grantRetentionExtension(db, { auditId, recordClass: request.recordClass, keepUntil: request.keepUntil, reason: request.reason, grantedBy: principal.email });
      await this.record(db, auditId, 'records.retention.extended', summary, { ...request, by: principal.email });
    });
    await this.tellRecordsWorkflow(auditId);
    return answer(auditId, phase, 'records.retention.extended', summary);
  }

  /** The audit's phase, once the person is its compliance lead. */
  private async asComplianceLead(principal: Principal, auditId: string): Promise<string> {
    const access = await this.audits.access(principal, auditId);
    if (!access.roles.includes('compliance-lead')) throw forbidden("only the audit's compliance lead decides on keeping or disposing of its records");
    return access.phase;
  }

  private record(db: DataSource['manager'], auditId: string, type: string, summary: string, data: Record<string, unknown>) {
    return appendSideEvent(db, { auditId, workflowId: recordsWorkflowId(auditId), type, summary, subjectId: 'records', data });
  }

  /** An audit still running has no records workflow yet; it reads the hold when it starts. */
  private async tellRecordsWorkflow(auditId: string): Promise<void> {
    await this.temporal.workflow
      .getHandle(recordsWorkflowId(auditId))
      .signal('retentionChanged')
      .catch((error: unknown) => {
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      });
  }
}

function answer(auditId: string, phase: string, type: string, summary: string) {
  return { auditId, phase, events: [{ type, summary, subjectId: 'records' }] };
}
