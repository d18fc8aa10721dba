import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { AUDIT_ACTIONS, AuditActionName, AuditLaunch, FollowUpActionName, isFinished, resolveSettings } from '../../../../libs/domain/src';
import { conflict, forbidden, invalid, notFound, Rejection } from '../../../../libs/domain/src/rejection';
import { Actor } from '../../../../libs/domain/src/roles';
import { AuditEntity } from '../../../../libs/persistence/src/entities/audit.entity';
import { AuditListFilters, getAuditDetail, getTask, listAudits } from '../../../../libs/persistence/src/read-model';
import { AuditorsService } from '../auditors/auditors.service';
import { ProgrammesService } from '../programmes/programmes.service';
import { AuditWorkflowsService } from '../workflows/audit-workflows.service';
import { ZodPipe } from '../common/zod-pipe';
import { followUpOfTask } from './action-routes';

const TASK_ACTIONS: readonly AuditActionName[] = ['requestExtension', 'decideExtension', 'reassignTask'];

@Injectable()
export class AuditsService {
  constructor(
    private readonly workflows: AuditWorkflowsService,
    private readonly programmes: ProgrammesService,
    private readonly auditors: AuditorsService,
    @InjectRepository(AuditEntity) private readonly audits: Repository<AuditEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The programme manager launches an audit in an approved programme; its workflow starts and its first step is recorded. */
  async launch(actor: Actor, launch: AuditLaunch) {
    // An unknown programme is a fault of the request body, not a missing resource of the URL.
    const programme = await this.programmes.get(launch.programmeId).catch((error: unknown) => {
      throw error instanceof Rejection && error.kind === 'not-found' ? invalid('programmeId', error.message) : error;
    });
    if (actor.role !== 'programme-manager' || actor.email !== programme.managerEmail) {
      throw forbidden(`only the programme manager (${programme.managerEmail}) launches audits in programme "${programme.name}"`);
    }
    if (programme.status !== 'approved') throw conflict(`programme "${programme.name}" is a draft: the audit client must approve it before audits are launched`);
    const team = await this.auditors.checkTeam(launch.team.map((member) => ({ email: member.email, leader: member.role === 'team-leader' })), launch.auditee.unit);
    const conflicted = team.independenceConflicts[0];
    if (conflicted) throw invalid(`team.${launch.team.findIndex((member) => member.email === conflicted)}.email`, `${conflicted} belongs to ${launch.auditee.unit} and may not audit their own unit`);
    const auditId = randomUUID();
    const definition = {
      ...launch,
      auditId,
      programmeManager: { email: programme.managerEmail, name: programme.managerName },
      complianceLead: { email: programme.complianceLeadEmail, name: programme.complianceLeadName },
    };
    const result = await this.workflows.launch(definition, resolveSettings(programme.settings));
    return { id: auditId, phase: result.phase, teamCheck: team };
  }

  async act(auditId: string, action: AuditActionName, actor: Actor, body: unknown) {
    const payload = new ZodPipe(AUDIT_ACTIONS[action].payload).transform(body);
    await this.activeAudit(auditId);
    const taskId = (payload as { taskId?: unknown } | undefined)?.taskId;
    const findingId = TASK_ACTIONS.includes(action) && typeof taskId === 'string' ? followUpOfTask(taskId) : undefined;
    const result = findingId
      ? await this.workflows.followUpAct(auditId, findingId, action as FollowUpActionName, actor, payload)
      : await this.workflows.act(auditId, action, actor, payload);
    return { auditId, ...result };
  }

  async detail(auditId: string) {
    const detail = await getAuditDetail(this.dataSource, auditId);
    if (!detail) throw notFound(`audit ${auditId} does not exist`);
    return detail;
  }

  /** The target of the link in every task mail. */
  async task(auditId: string, taskId: string) {
    const task = await getTask(this.dataSource, auditId, taskId);
    if (!task) throw notFound(`task ${taskId} of audit ${auditId} does not exist`);
    return task;
  }

  list(filters: AuditListFilters) {
    return listAudits(this.dataSource, filters);
  }

  liveState(auditId: string) {
    return this.workflows.liveState(auditId);
  }

  private async activeAudit(auditId: string): Promise<AuditEntity> {
    const audit = await this.audits.findOneBy({ id: auditId });
    if (!audit) throw notFound(`audit ${auditId} does not exist`);
    if (isFinished(audit.phase as never)) throw conflict(`audit ${auditId} is ${audit.phase}: nothing can change any more`);
    return audit;
  }
}
