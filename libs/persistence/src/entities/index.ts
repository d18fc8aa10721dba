import { AuditChecklistItemEntity } from './audit-checklist-item.entity';
import { AuditDocumentEntity } from './audit-document.entity';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEvidenceEntity } from './audit-evidence.entity';
import { AuditFindingEntity } from './audit-finding.entity';
import { AuditFollowUpEntity } from './audit-follow-up.entity';
import { AuditMeetingEntity } from './audit-meeting.entity';
import { AuditPlanVersionEntity } from './audit-plan-version.entity';
import { AuditReportVersionEntity } from './audit-report-version.entity';
import { AuditTaskEntity } from './audit-task.entity';
import { AuditTeamMemberEntity } from './audit-team-member.entity';
import { AuditWorkAssignmentEntity } from './audit-work-assignment.entity';
import { AuditEntity } from './audit.entity';
import { AuditorEntity } from './auditor.entity';
import { CorrectiveActionEntity } from './corrective-action.entity';
import { NotificationEntity } from './notification.entity';
import { ProgrammeEntity } from './programme.entity';

export * from './audit-checklist-item.entity';
export * from './audit-document.entity';
export * from './audit-event.entity';
export * from './audit-evidence.entity';
export * from './audit-finding.entity';
export * from './audit-follow-up.entity';
export * from './audit-meeting.entity';
export * from './audit-plan-version.entity';
export * from './audit-report-version.entity';
export * from './audit-task.entity';
export * from './audit-team-member.entity';
export * from './audit-work-assignment.entity';
export * from './audit.entity';
export * from './auditor.entity';
export * from './corrective-action.entity';
export * from './notification.entity';
export * from './programme.entity';

/**
 * Every table's entity. The schema itself comes from migrations (synchronize is off); these map rows for the API's
 * repositories. Workflow-owned tables are written only by activities/projection.
 */
export const ENTITIES: Function[] = [
  ProgrammeEntity,
  AuditorEntity,
  AuditEntity,
  AuditTeamMemberEntity,
  AuditTaskEntity,
  AuditDocumentEntity,
  AuditPlanVersionEntity,
  AuditWorkAssignmentEntity,
  AuditChecklistItemEntity,
  AuditEvidenceEntity,
  AuditFindingEntity,
  AuditMeetingEntity,
  AuditReportVersionEntity,
  AuditFollowUpEntity,
  CorrectiveActionEntity,
  AuditEventEntity,
  NotificationEntity,
];
