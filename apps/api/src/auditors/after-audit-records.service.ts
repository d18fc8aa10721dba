import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditorFeedback, auditorEvaluationSchema, auditorFeedbackSchema, conflict, forbidden, invalid, managesProgrammes, notFound } from '@auditflow/domain';
import { AuditorEntity, AuditorEvaluation, auditsAuditedFor, auditsLedOver, teamMembershipsOf } from '@auditflow/persistence';
import { Principal, viewerOf } from '../auth/principal';
import { parseRequest } from '../common/zod-pipe';
import { changeLockedAuditor } from './auditor-append';
import { recordAuditorEvaluated, recordAuditorFeedback } from './auditor-history';

/**
 * What is recorded about an auditor after an audit (ISO 19011 7.4 evaluation, 7.6): evaluations by programme
 * managers and by the audit's team leader, and the auditee's feedback. Appended, never rewritten. Who asks is checked
 * before the body: whether they may speak about this auditor at all, then (once the body names it) about that audit.
 */
@Injectable()
export class AfterAuditRecordsService {
  constructor(
    @InjectRepository(AuditorEntity) private readonly auditors: Repository<AuditorEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Programme managers and admins evaluate any auditor, about an audit of theirs or none; a team leader evaluates the
   * members of the audits they led, naming the audit.
   */
  async evaluate(principal: Principal, id: string, body: unknown): Promise<AuditorEntity> {
    const auditor = await this.find(id);
    const manager = managesProgrammes(principal.roles);
    const led = manager ? [] : await auditsLedOver(this.dataSource, auditor.email, principal.email);
    if (!manager && led.length === 0) throw forbidden('only programme managers, admins and the team leader of an audit the auditor was on evaluate an auditor');
    const evaluation = parseRequest(auditorEvaluationSchema, body);
    if (manager) {
      if (evaluation.auditId && !(await teamMembershipsOf(this.dataSource, viewerOf(principal), auditor.email)).some((audit) => audit.auditId === evaluation.auditId)) {
        throw invalid('auditId', `${auditor.email} is not on the team of audit ${evaluation.auditId} (among the audits you may see)`);
      }
    } else if (!evaluation.auditId) {
      throw invalid('auditId', 'name the audit you led that the evaluation is about');
    } else if (!led.includes(evaluation.auditId)) {
      throw forbidden(`you did not lead audit ${evaluation.auditId} with ${auditor.email} on its team`);
    }
    const recorded: AuditorEvaluation = { ...evaluation, recordedBy: principal.email, evaluatedAt: new Date().toISOString() };
    return changeLockedAuditor(
      this.dataSource,
      id,
      (locked) => {
        locked.evaluations = [...locked.evaluations, recorded];
      },
      (db, saved) => recordAuditorEvaluated(db, principal, saved, recorded),
    );
  }

  /** The auditee representative or manager of an audit the auditor was on gives feedback on them, once per audit. */
  async giveFeedback(principal: Principal, id: string, body: unknown): Promise<AuditorFeedback> {
    const auditor = await this.find(id);
    const audited = await auditsAuditedFor(this.dataSource, auditor.email, principal.email);
    if (audited.length === 0) throw forbidden('only the auditee representative or manager of an audit the auditor was on gives feedback on them');
    const input = parseRequest(auditorFeedbackSchema, body);
    if (!audited.includes(input.auditId)) throw forbidden(`you are not the auditee representative or manager of audit ${input.auditId} with ${auditor.email} on its team`);
    const feedback: AuditorFeedback = { ...input, givenBy: principal.email, givenAt: new Date().toISOString() };
    await changeLockedAuditor(
      this.dataSource,
      id,
      (locked) => {
        if (locked.feedback.some((given) => given.auditId === feedback.auditId && given.givenBy === feedback.givenBy)) {
          throw conflict(`you already gave feedback on ${auditor.email} for audit ${feedback.auditId}`);
        }
        locked.feedback = [...locked.feedback, feedback];
      },
      (db, saved) => recordAuditorFeedback(db, principal, saved, feedback),
    );
    return feedback;
  }

  private async find(id: string): Promise<AuditorEntity> {
    const auditor = await this.auditors.findOneBy({ id });
    if (!auditor) throw notFound(`auditor ${id} does not exist`);
    return auditor;
  }
}
