import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { FOLLOW_UP_ACTIONS, FollowUpActionName } from '../../../../libs/domain/src';
import { conflict, notFound } from '../../../../libs/domain/src/rejection';
import { Actor } from '../../../../libs/domain/src/roles';
import { CorrectiveActionEntity } from '../../../../libs/persistence/src/entities/corrective-action.entity';
import { ZodPipe } from '../common/zod-pipe';
import { AuditWorkflowsService } from '../workflows/audit-workflows.service';

@Injectable()
export class CorrectiveActionsService {
  constructor(
    private readonly workflows: AuditWorkflowsService,
    @InjectRepository(CorrectiveActionEntity) private readonly correctiveActions: Repository<CorrectiveActionEntity>,
  ) {}

  /** One step of a nonconformity's follow-up, sent to its own workflow. */
  async act(auditId: string, findingId: string, action: FollowUpActionName, actor: Actor, body: unknown) {
    const payload = new ZodPipe(FOLLOW_UP_ACTIONS[action].payload).transform(body);
    const followUp = await this.correctiveActions.findOneBy({ auditId, findingId });
    if (!followUp) throw notFound(`finding ${findingId} of audit ${auditId} has no corrective-action follow-up`);
    if (followUp.status === 'closed') throw conflict(`the corrective action for ${findingId} is closed`);
    const result = await this.workflows.followUpAct(auditId, findingId, action, actor, payload);
    return { auditId, findingId, ...result };
  }
}
