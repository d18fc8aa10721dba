import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, Repository } from 'typeorm';
import { conflict, DEFAULT_PROGRAMME_CYCLE_SETTINGS, fieldChanges, forbidden, invalid, managesProgrammes, notFound, planCoverage, ProgrammeChange, ProgrammeInput, proposeCyclePlan } from '@auditflow/domain';
import { checkWorkingCalendarSettings } from '@auditflow/domain/launch-calendar';
import { actorOf, isAdmin, Principal } from '../auth/principal';
import { getProgrammeRun, listProgrammeEvents, PageRequest, ProgrammeEntity, programmeKpis, recordProgrammeEvent } from '@auditflow/persistence';
import { programmeKpisView, programmeView } from './programme.dto';
import { cycleDefinition } from './cycle-definition';
import { ProgrammeWorkflowsService } from '../workflows/programme-workflows.service';

@Injectable()
export class ProgrammesService {
  constructor(
    @InjectRepository(ProgrammeEntity) private readonly programmes: Repository<ProgrammeEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflows: ProgrammeWorkflowsService,
  ) {}

  /** Programme managers establish programmes they manage; an admin may name any manager. */
  create(principal: Principal, input: ProgrammeInput): Promise<ProgrammeEntity> {
    if (!managesProgrammes(principal.roles)) throw forbidden('only programme managers and admins establish audit programmes');
    if (!isAdmin(principal) && input.manager.email !== principal.email) throw forbidden(`you manage the programmes you establish: manager.email must be ${principal.email}`);
    // The schema checks the calendar's shape; whether the holiday data knows its places is checked here, so that an
    // unknown country is refused now and not when the first audit is launched.
    if (input.settings.workingCalendar) checkWorkingCalendarSettings(input.settings.workingCalendar, 'settings.workingCalendar');
    return this.dataSource.transaction(async (db) => {
      const programmes = db.getRepository(ProgrammeEntity);
      const programme = await programmes.save(
        programmes.create({
          name: input.name,
          description: input.description ?? null,
          objectives: input.objectives,
          risks: input.risks,
          extent: input.extent ?? null,
          managerEmail: input.manager.email,
          managerName: input.manager.name,
          complianceLeadEmail: input.complianceLead.email,
          complianceLeadName: input.complianceLead.name,
          settings: input.settings,
          content: input.content ?? null,
          cycleSettings: input.cycleSettings ?? null,
          status: 'draft',
        }),
      );
      await recordProgrammeEvent(db, { programmeId: programme.id, type: 'programme.established', changedBy: principal, changes: fieldChanges(undefined, recordedFields(programme)) });
      return programme;
    });
  }

  /** An admin sees every programme; anyone else those they manage or are the compliance lead of. */
  list(principal: Principal): Promise<ProgrammeEntity[]> {
    return this.programmes.find({ where: visibleTo(principal), order: { createdAt: 'DESC' } });
  }

  get(principal: Principal, id: string): Promise<ProgrammeEntity> {
    return this.find(this.programmes.manager, principal, id);
  }

  /** The programme's history, oldest first, for whoever may read the programme. */
  async timeline(principal: Principal, id: string, page: PageRequest) {
    await this.get(principal, id);
    return listProgrammeEvents(this.dataSource, id, page);
  }

  /**
   * The audit client approves the programme (5.4); the programme manager records it. A version with a cycle and audit
   * areas starts the programme's cycle once the approval is committed (a cycle already running goes on as it is).
   */
  async approve(principal: Principal, id: string, approval: { approvedBy: string; note?: string }): Promise<ProgrammeEntity> {
    const approved = await this.recordApproval(principal, id, approval);
    if (approved.content) await this.workflows.startCycle(cycleDefinition(approved), actorOf(principal, 'programme-manager'));
    return approved;
  }

  private recordApproval(principal: Principal, id: string, approval: { approvedBy: string; note?: string }): Promise<ProgrammeEntity> {
    return this.dataSource.transaction(async (db) => {
      // Locked until commit: a concurrent approval waits and then finds the programme approved.
      const programme = await this.find(db, principal, id, true);
      if (principal.email !== programme.managerEmail) {
        throw forbidden(`only the programme manager (${programme.managerEmail}) records the approval`);
      }
      if (programme.status === 'approved') throw conflict(`programme ${id} was already approved by ${programme.approvedBy}`);
      const before = recordedFields(programme);
      programme.status = 'approved';
      programme.approvedBy = approval.approvedBy;
      programme.approvedAt = new Date();
      const approved = await db.getRepository(ProgrammeEntity).save(programme);
      await recordProgrammeEvent(db, { programmeId: id, type: 'programme.approved', changedBy: principal, changes: fieldChanges(before, recordedFields(approved)), note: approval.note });
      return approved;
    });
  }

  /**
   * A new version of the programme (5.4): the programme manager changes any of its fields but the manager, with the
   * reason; it is a draft again until the audit client approves it. Audits already launched run on.
   */
  change(principal: Principal, id: string, change: ProgrammeChange): Promise<ProgrammeEntity> {
    return this.dataSource.transaction(async (db) => {
      const programme = await this.find(db, principal, id, true);
      if (principal.email !== programme.managerEmail) throw forbidden(`only the programme manager (${programme.managerEmail}) changes the programme`);
      if (change.settings?.workingCalendar) checkWorkingCalendarSettings(change.settings.workingCalendar, 'settings.workingCalendar');
      const before = recordedFields(programme);
      const { reason, complianceLead, description, extent, content, cycleSettings, ...plain } = change;
      Object.assign(programme, plain);
      if (complianceLead) Object.assign(programme, { complianceLeadEmail: complianceLead.email, complianceLeadName: complianceLead.name });
      if (description !== undefined) programme.description = description;
      if (extent !== undefined) programme.extent = extent;
      if (content !== undefined) programme.content = content;
      if (cycleSettings !== undefined) programme.cycleSettings = cycleSettings;
      const changes = fieldChanges(before, recordedFields(programme));
      if (Object.keys(changes).length === 0) throw invalid('reason', 'the change changes nothing: send the fields that change');
      Object.assign(programme, { version: programme.version + 1, status: 'draft', approvedBy: null, approvedAt: null });
      const changed = await db.getRepository(ProgrammeEntity).save(programme);
      await recordProgrammeEvent(db, { programmeId: id, type: 'programme.changed', changedBy: principal, changes: fieldChanges(before, recordedFields(changed)), note: reason });
      return changed;
    });
  }

  /** The cycle plan the programme's content and settings give (5.4), with the coverage of every applicable clause and control. */
  async proposedCyclePlan(principal: Principal, id: string) {
    const programme = await this.get(principal, id);
    if (!programme.content) throw invalid('content', 'the programme has no cycle and audit areas yet: add them (PATCH /programmes/{id}) to plan its cycle');
    const plan = proposeCyclePlan(programme.content, programme.cycleSettings ?? DEFAULT_PROGRAMME_CYCLE_SETTINGS);
    return { plan, coverage: planCoverage(plan, programme.content.statementOfApplicability) };
  }

  /** Monitoring figures of the programme (5.6) from its audits in the read model, for whoever may read the programme. */
  async kpis(principal: Principal, id: string) {
    const programme = await this.get(principal, id);
    const run = await getProgrammeRun(this.dataSource, id);
    const coverage = run ? { percentOfPlan: run.coverage.percentOfPlan, percentOfCycle: run.coverage.percentOfCycle } : null;
    return programmeKpisView(programme, await programmeKpis(this.dataSource, id), coverage);
  }

  private async find(db: EntityManager, principal: Principal, id: string, lock = false): Promise<ProgrammeEntity> {
    const programme = await db.getRepository(ProgrammeEntity).findOne({
      where: visibleTo(principal).map((scope) => ({ ...scope, id })),
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!programme) throw notFound(`programme ${id} does not exist`);
    return programme;
  }
}

function visibleTo(principal: Principal): FindOptionsWhere<ProgrammeEntity>[] {
  if (isAdmin(principal)) return [{}];
  return [{ managerEmail: principal.email }, { complianceLeadEmail: principal.email }];
}

/** What the history records of a programme: the fields of its answer, without its id and write times. */
function recordedFields(programme: ProgrammeEntity): Record<string, unknown> {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = programmeView(programme);
  return fields;
}
