import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { actingRole, conflict, FOLLOW_UP_ACTIONS, FollowUpActionName, notFound } from '@auditflow/domain';
import { CorrectiveActionEntity, CorrectiveActionListFilters, listCorrectiveActions } from '@auditflow/persistence';
import { AuditsService } from '../audits/audits.service';
import { actorOf, Principal, viewerOf } from '../auth/principal';
import { parseRequest } from '../common/zod-pipe';
import { AuditWorkflowsService } from '../workflows/audit-workflows.service';
import { updateIdFor } from '../idempotency/update-id';

@Injectable()
export class CorrectiveActionsService {
  constructor(
    private readonly workflows: AuditWorkflowsService,
    private readonly audits: AuditsService,
    @InjectRepository(CorrectiveActionEntity) private readonly correctiveActions: Repository<CorrectiveActionEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  list(principal: Principal, filters: CorrectiveActionListFilters) {
    return listCorrectiveActions(this.dataSource, viewerOf(principal), filters);
  }

  /** One step of a nonconformity's follow-up, sent to its own workflow; refusals in the same order as audit steps. */
  async act(principal: Principal, auditId: string, findingId: string, action: FollowUpActionName, requestedRole: string | undefined, body: unknown, idempotencyKey?: string) {
    const access = await this.audits.access(principal, auditId);
    const role = actingRole(access.roles, FOLLOW_UP_ACTIONS[action].roles, requestedRole, action);
    const followUp = await this.correctiveActions.findOneBy({ auditId, findingId });
    if (!followUp) throw notFound(`finding ${findingId} of audit ${auditId} has no corrective-action follow-up`);
    const updateId = updateIdFor(principal.personId, idempotencyKey);
    if (followUp.status === 'closed') {
      // A retry of the step that closed the corrective action answers that step.
      const taken = await this.workflows.stepTakenAlready(auditId, findingId, updateId);
      if (taken) return { auditId, findingId, ...taken };
      throw conflict(`the corrective action for ${findingId} is closed`);
    }
    const payload = parseRequest(FOLLOW_UP_ACTIONS[action].payload, body);
    const result = await this.workflows.followUpAct(auditId, findingId, action, actorOf(principal, role), payload, updateId);
    return { auditId, findingId, ...result };
  }
}
