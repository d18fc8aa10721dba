import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  auditLaunchSchema,
  auditedByWindow,
  conflict,
  forbidden,
  invalid,
  notFound,
  PROGRAMME_ACTIONS,
  ProgrammeActionName,
  programmeReviewSchema,
} from '@auditflow/domain';
import { getProgrammeRun, listProgrammeRunEvents, listProgrammeTasks, ProgrammeEntity } from '@auditflow/persistence';
import { actorOf, Principal } from '../auth/principal';
import { parseRequest } from '../common/zod-pipe';
import { AuditsService } from '../audits/audits.service';
import { AuditorsService } from '../auditors/auditors.service';
import { ProgrammesService } from '../programmes/programmes.service';
import { cycleDefinition } from '../programmes/cycle-definition';
import { ProgrammeWorkflowsService } from '../workflows/programme-workflows.service';
import { updateIdFor } from '../idempotency/update-id';

/** The steps of the programme manager a window route takes, with the window id from the path. */
export type WindowStep = 'skipPlannedWindow' | 'movePlannedWindow' | 'splitPlannedWindow';

/** The programme's own cycle (clause 5): started on approval, steered by its manager, read by whoever may read the programme. */
@Injectable()
export class ProgrammeCyclesService {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly audits: AuditsService,
    private readonly workflows: ProgrammeWorkflowsService,
    private readonly auditors: AuditorsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Starts the cycle of the approved programme (or joins the one running): its plan is the one the approved version's
   * areas and settings give. Approval starts it too; this lets a client finish a start that Temporal did not answer.
   */
  async start(principal: Principal, id: string) {
    const programme = await this.managed(principal, id);
    if (programme.status !== 'approved') throw conflict(`programme "${programme.name}" is a draft: the audit client approves it before its cycle starts`);
    if (!programme.content) throw invalid('content', 'the programme has no cycle and audit areas yet: add them (PATCH /programmes/{id}) to plan its cycle');
    await this.workflows.startCycle(cycleDefinition(programme), actorOf(principal, 'programme-manager'));
    return this.cycle(principal, id);
  }

  async cycle(principal: Principal, id: string) {
    await this.programmes.get(principal, id);
    const run = await getProgrammeRun(this.dataSource, id);
    if (!run) throw notFound(`the cycle of programme ${id} has not started: it starts when the audit client approves a version with a cycle and audit areas`);
    return run;
  }

  async coverage(principal: Principal, id: string) {
    const run = await this.cycle(principal, id);
    return { programmeId: id, status: run.status, ...run.coverage };
  }

  async timeline(principal: Principal, id: string) {
    await this.programmes.get(principal, id);
    return listProgrammeRunEvents(this.dataSource, id);
  }

  async tasks(principal: Principal, id: string) {
    await this.programmes.get(principal, id);
    return listProgrammeTasks(this.dataSource, id);
  }

  /**
   * The programme manager launches the audit of a window: the same checks as any launch (the team independent, its
   * gaps justified), then the programme's workflow records the launch and starts the audit, which happens once
   * however often the request is repeated with its Idempotency-Key.
   */
  async launch(principal: Principal, id: string, windowId: string, body: unknown, idempotencyKey?: string) {
    await this.running(principal, id);
    const launch = parseRequest(auditLaunchSchema, { ...(body as object), programmeId: (body as { programmeId?: unknown } | null)?.programmeId ?? id });
    if (launch.programmeId !== id) throw invalid('programmeId', `must be the programme of the path (${id}) or left out`);
    const prepared = await this.audits.prepareLaunch(principal, launch, idempotencyKey, windowId);
    const { auditId } = prepared.definition;
    const start = { definition: prepared.definition, settings: prepared.settings, launchedBy: prepared.launchedBy };
    await this.workflows.act(id, 'launchWindowAudit', prepared.launchedBy, { windowId, auditId, title: launch.title, start }, updateIdFor(principal.personId, idempotencyKey));
    const recorded = await this.workflows.auditRecorded(auditId);
    return { id: auditId, phase: recorded.phase, windowId, teamCheck: prepared.teamCheck };
  }

  /**
   * A team for a window's audit (7, 5.5.4): from the pool, independent of the window's areas and controls, a qualified
   * leader, the competence areas covered, the least busy auditors in the window first. What it cannot cover is listed:
   * launching like that needs a justification.
   */
  async teamProposal(principal: Principal, id: string, windowId: string) {
    const programme = await this.managed(principal, id);
    const run = await getProgrammeRun(this.dataSource, id);
    const window = run?.plan.windows.find((candidate) => candidate.id === windowId);
    if (!run || !window) throw notFound(`window ${windowId} is not in the cycle of programme ${id}`);
    const audited = auditedByWindow(window, programme.content?.auditAreas ?? []);
    return this.auditors.proposeTeamFor(principal, { ...audited, endsAt: window.closesAt }, {});
  }

  /** Skip, move or split one window; the window id comes from the path. */
  windowStep(principal: Principal, id: string, step: WindowStep, windowId: string, body: unknown, idempotencyKey?: string) {
    return this.step(principal, id, step, { ...(body as object), windowId }, idempotencyKey);
  }

  /** The programme review of 5.7: what the programme manager writes, with the monitoring figures of this moment. */
  async review(principal: Principal, id: string, body: unknown, idempotencyKey?: string) {
    await this.running(principal, id, { completedToo: true });
    const review = parseRequest(programmeReviewSchema(), body);
    const kpis = await this.programmes.kpis(principal, id);
    return this.send(principal, id, 'recordProgrammeReview', { ...review, kpis }, idempotencyKey);
  }

  /**
   * One step of the programme manager. Refusals in this order, none changing anything: 404 when the person may not
   * see the programme, 403 when they do not manage it, 409 when its cycle is not running, 400 for a malformed body,
   * then the workflow's own checks.
   */
  async step(principal: Principal, id: string, action: Exclude<ProgrammeActionName, 'launchWindowAudit' | 'recordProgrammeReview'>, body: unknown, idempotencyKey?: string) {
    await this.running(principal, id, { completedToo: action === 'decideCoverageGap' || action === 'respondToKpi' });
    return this.send(principal, id, action, parseRequest(PROGRAMME_ACTIONS[action](), body), idempotencyKey);
  }

  private async send(principal: Principal, id: string, action: ProgrammeActionName, payload: unknown, idempotencyKey?: string) {
    const result = await this.workflows.act(id, action, actorOf(principal, 'programme-manager'), payload, updateIdFor(principal.personId, idempotencyKey));
    return { programmeId: id, status: result.phase, events: result.events };
  }

  private async managed(principal: Principal, id: string): Promise<ProgrammeEntity> {
    const programme = await this.programmes.get(principal, id);
    if (principal.email !== programme.managerEmail) throw forbidden(`only the programme manager (${programme.managerEmail}) steers the programme's cycle`);
    return programme;
  }

  private async running(principal: Principal, id: string, { completedToo = false } = {}): Promise<void> {
    await this.managed(principal, id);
    const run = await getProgrammeRun(this.dataSource, id);
    if (!run) throw conflict(`the cycle of programme ${id} has not started: approve a version with a cycle and audit areas first`);
    if (run.status !== 'running' && !completedToo) throw conflict(`the cycle of programme ${id} is complete: its plan no longer changes`);
  }
}
