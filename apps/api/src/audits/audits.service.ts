import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { actingRole, AuditDefinition, AUDIT_ACTIONS, AuditActionName, auditedByLaunch, auditeeView, delegatedWork, delegateView, AuditLaunch, checkTeam, conflict, FollowUpActionName, forbidden, ListedTask, independenceConflict, invalid, isFinished, meetingInvite, notFound, Rejection, teamGaps, TimelineOrder, TimelinePage, TimelineVerification, requestPayload, attachesFiles, readsConfidentialEvidence, withoutConfidentialEvidence } from '@auditflow/domain';
import { launchSettings } from '@auditflow/domain/launch-calendar';
import { buildCalendar } from '@auditflow/activities/notifications';
import { AuditAccess, auditAccess, AuditListFilters, AuditDetailWithoutTimeline, getAuditDetail, getAuditDetailWithoutTimeline, getMeeting, getTask, getTimelinePage, listAudits, PageRequest, pageOf, verifyAuditTimeline } from '@auditflow/persistence';
import { AuditorsService } from '../auditors/auditors.service';
import { actorOf, Principal, viewerOf } from '../auth/principal';
import { ProgrammesService } from '../programmes/programmes.service';
import { AuditWorkflowsService } from '../workflows/audit-workflows.service';
import { parseRequest } from '../common/zod-pipe';
import { followUpOfTask } from './action-routes';
import { FileAttachmentsService } from '../files/file-attachments.service';
import { auditIdFor, updateIdFor } from '../idempotency/update-id';

const TASK_ACTIONS: readonly AuditActionName[] = ['requestExtension', 'decideExtension', 'reassignTask'];

@Injectable()
export class AuditsService {
  constructor(
    private readonly workflows: AuditWorkflowsService,
    private readonly programmes: ProgrammesService,
    private readonly auditors: AuditorsService,
    private readonly attachments: FileAttachmentsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The programme manager launches an audit in an approved programme; its workflow starts and its first step is recorded. */
  async launch(principal: Principal, launch: AuditLaunch, idempotencyKey?: string) {
    const prepared = await this.prepareLaunch(principal, launch, idempotencyKey);
    const result = await this.workflows.launch(prepared.definition, prepared.settings, prepared.launchedBy, updateIdFor(principal.personId, idempotencyKey));
    return { id: prepared.definition.auditId, phase: result.phase, teamCheck: prepared.teamCheck };
  }

  /**
   * Everything a launch checks before any workflow starts, for a launch of its own and one in a window of the
   * programme's cycle alike: the programme approved and managed by the person launching, the team independent and
   * its gaps justified. Answers the audit's workflow input.
   */
  async prepareLaunch(principal: Principal, launch: AuditLaunch, idempotencyKey?: string, programmeWindowId?: string) {
    // An unknown programme (or one the person may not see) is a fault of the request body, not a missing resource of the URL.
    const programme = await this.programmes.get(principal, launch.programmeId).catch((error: unknown) => {
      throw error instanceof Rejection && error.kind === 'not-found' ? invalid('programmeId', error.message) : error;
    });
    if (principal.email !== programme.managerEmail) {
      throw forbidden(`only the programme manager (${programme.managerEmail}) launches audits in programme "${programme.name}"`);
    }
    if (programme.status !== 'approved') throw conflict(`programme "${programme.name}" is a draft: the audit client must approve it before audits are launched`);
    const teamCheck = await this.checkLaunchTeam(launch);
    const auditId = idempotencyKey ? auditIdFor(principal.personId, idempotencyKey) : randomUUID();
    const definition: AuditDefinition = {
      ...launch,
      team: teamCheck.team,
      auditId,
      programmeManager: { email: programme.managerEmail, name: programme.managerName },
      complianceLead: { email: programme.complianceLeadEmail, name: programme.complianceLeadName },
      ...(programmeWindowId === undefined ? {} : { programmeWindowId }),
    };
    const settings = launchSettings(programme.settings, launch.auditee.unit, new Date());
    return { definition, settings, launchedBy: actorOf(principal, 'programme-manager'), teamCheck: teamCheck.check };
  }

  /**
   * Independence is a bar; the other gaps the team check finds (competence areas nobody covers, a leader the pool does
   * not record as qualified, members outside the pool) need the programme manager's recorded justification. The team
   * goes to the workflow with the unit and own work the pool records, so later steps (work assignment) check them too.
   */
  private async checkLaunchTeam(launch: AuditLaunch) {
    const audited = auditedByLaunch(launch);
    const { candidates, unknown } = await this.auditors.candidatesOf(launch.team);
    candidates.forEach((candidate, index) => {
      const found = independenceConflict(candidate, audited);
      if (found) throw invalid(`team.${index}.${found.field}`, `${candidate.email} ${found.reason}`);
    });
    const check = { ...checkTeam(candidates, audited), unknown };
    const unjustified = teamGaps(check).find(({ gap }) => !launch.gapJustification?.[gap]);
    if (unjustified) {
      throw invalid(`gapJustification.${unjustified.gap}`, `${unjustified.detail}: the programme manager records why the audit goes ahead like this (ISO 19011 5.5.4)`);
    }
    const team = launch.team.map((member, index) => ({
      ...member,
      unit: member.unit ?? candidates[index].units.find((unit): unit is string => !!unit),
      ownWork: [...(candidates[index].ownWork ?? [])],
    }));
    return { check, team };
  }

  /**
   * One step of the audit. Refusals come in this order, none of them changing anything: 404 when the person may not
   * see the audit, 403 when they hold no role that may take the step, 409 when the audit is finished, 400 for a
   * malformed body, then the workflow's own checks (403, 409, 422).
   */
  async act(principal: Principal, auditId: string, action: AuditActionName, requestedRole: string | undefined, body: unknown, idempotencyKey?: string) {
    const access = await this.access(principal, auditId);
    const role = actingRole(access.roles, AUDIT_ACTIONS[action].roles, requestedRole, action);
    const updateId = updateIdFor(principal.personId, idempotencyKey);
    if (isFinished(access.phase)) {
      // A retry of the step that finished the audit answers that step.
      const taken = await this.workflows.stepTakenAlready(auditId, followUpOfStep(action, body), updateId);
      if (taken) return { auditId, ...taken };
      throw conflict(`audit ${auditId} is ${access.phase}: nothing can change any more`);
    }
    const payload = await this.stepPayload(principal, auditId, action, body);
    const actor = actorOf(principal, role);
    const findingId = followUpOfStep(action, payload);
    const result = findingId
      ? await this.workflows.followUpAct(auditId, findingId, action as FollowUpActionName, actor, payload, updateId)
      : await this.workflows.act(auditId, action, actor, payload, updateId);
    return { auditId, ...result };
  }

  /** The step as the rules receive it: the request checked, and the uploads it names swapped for their recorded hashes. */
  private async stepPayload(principal: Principal, auditId: string, action: AuditActionName, body: unknown): Promise<unknown> {
    const spec = AUDIT_ACTIONS[action];
    const request = parseRequest(requestPayload(spec.payload), body);
    if (!attachesFiles(spec.payload)) return request;
    const { fileIds, ...rest } = request as { fileIds: string[] };
    return { ...rest, files: await this.attachments.attachable(principal, auditId, fileIds) };
  }

  /** GET /audits/{id}: the audit as the reader may see it, without its timeline (read a page at a time). */
  async detail(principal: Principal, auditId: string) {
    const access = await this.access(principal, auditId);
    return this.asSeenBy(principal, access, auditId, await getAuditDetailWithoutTimeline(this.dataSource, auditId));
  }

  /** The audit with its whole timeline as the reader may see it: the record export. */
  async detailWithTimeline(principal: Principal, auditId: string) {
    const access = await this.access(principal, auditId);
    return this.asSeenBy(principal, access, auditId, await getAuditDetail(this.dataSource, auditId));
  }

  /**
   * A page of the timeline lines the reader may see. The team's reading is the stored timeline, paged by the
   * database; the auditee side's is filtered by the same rules as its view of the audit, then paged.
   */
  async timeline(principal: Principal, auditId: string, request: PageRequest & { order: TimelineOrder }): Promise<TimelinePage> {
    const access = await this.access(principal, auditId);
    if (!access.auditeeOnly) return getTimelinePage(this.dataSource, auditId, request);
    const { timeline } = await this.asSeenBy(principal, access, auditId, await getAuditDetail(this.dataSource, auditId));
    return pageOf(request.order === 'newest-first' ? [...timeline].reverse() : timeline, request);
  }

  /** The audit as this reader may see it, and the roles they hold in it. */
  private async asSeenBy<T extends AuditDetailWithoutTimeline>(principal: Principal, access: AuditAccess, auditId: string, detail: T | undefined) {
    if (!detail) throw notFound(`audit ${auditId} does not exist`);
    // yourRoles: what the web app asks stepsOpenTo about, so it offers only the steps the rules would accept.
    if (!access.auditeeOnly) {
      const shown = readsConfidentialEvidence(access.roles) ? detail : withoutConfidentialEvidence(detail);
      return { ...shown, yourRoles: access.roles };
    }
    const tasks = await this.tasksOf(auditId);
    // A delegate sees the tasks given to them and what those are about; the rest of the auditee side what is meant for it.
    const view = access.delegatedTasksOnly ? delegateView(detail, principal.email, tasks) : auditeeView(detail, principal.email, tasks);
    return { ...view, yourRoles: access.roles };
  }

  /** The target of the link in every task mail. */
  async task(principal: Principal, auditId: string, taskId: string) {
    await this.access(principal, auditId);
    const task = await getTask(this.dataSource, viewerOf(principal), auditId, taskId);
    if (!task) throw notFound(`task ${taskId} of audit ${auditId} does not exist`);
    return task;
  }

  /**
   * A meeting as an iCalendar file ("add to calendar"): the invitation's own object, for whoever may read the audit
   * (a delegate: the meetings their tasks are about).
   */
  async meetingCalendar(principal: Principal, auditId: string, meetingId: string): Promise<string> {
    const access = await this.access(principal, auditId);
    const found = await getMeeting(this.dataSource, auditId, meetingId);
    const hidden = access.delegatedTasksOnly && !delegatedWork(await this.tasksOf(auditId), principal.email).subjects.has(meetingId);
    if (!found || hidden) throw notFound(`meeting ${meetingId} of audit ${auditId} does not exist`);
    const method = found.meeting.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
    return buildCalendar(meetingInvite({ auditId, title: found.auditTitle }, found.meeting, method), new Date()).content;
  }

  list(principal: Principal, filters: AuditListFilters) {
    return listAudits(this.dataSource, viewerOf(principal), filters);
  }

  /** The workflow's whole state, working papers included: for the audit's staff and admins, never the auditee side. */
  async liveState(principal: Principal, auditId: string) {
    const access = await this.access(principal, auditId);
    if (access.auditeeOnly) throw forbidden('the live workflow state is for the audit team, the programme manager and admins');
    return this.workflows.liveState(auditId);
  }

  /**
   * The audit's timeline checked against its hash chain. Whoever reads the whole timeline may verify it; the auditee
   * side reads part of it, and the answer would describe lines it is not shown.
   */
  async verifyTimeline(principal: Principal, auditId: string): Promise<TimelineVerification> {
    const access = await this.access(principal, auditId);
    if (access.auditeeOnly) throw forbidden('verifying the timeline is for those who read all of it: the audit team, the programme manager, the compliance lead and admins');
    return verifyAuditTimeline(this.dataSource, auditId);
  }

  /** Every task of the audit and its follow-ups: what the auditee side's and delegates' views are cut by. */
  private tasksOf(auditId: string): Promise<ListedTask[]> {
    return this.dataSource.query(`SELECT id, kind, role, assignee, subject_id AS "subjectId" FROM audit_tasks WHERE audit_id = $1`, [auditId]);
  }

  /** How the person stands to the audit; an audit they may not see answers 404 exactly like one that does not exist. */
  async access(principal: Principal, auditId: string): Promise<AuditAccess> {
    const access = await auditAccess(this.dataSource, auditId, viewerOf(principal));
    if (!access) throw notFound(`audit ${auditId} does not exist`);
    return access;
  }

}

/** The finding whose follow-up workflow takes this step (an auditee task of a corrective action), if any. */
function followUpOfStep(action: AuditActionName, payload: unknown): string | undefined {
  const taskId = (payload as { taskId?: unknown } | undefined)?.taskId;
  return TASK_ACTIONS.includes(action) && typeof taskId === 'string' ? followUpOfTask(taskId) : undefined;
}
