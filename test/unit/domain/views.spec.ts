// The read views are schemas written beside the domain's own types (the state the rules work on). These checks are
// made by the compiler (`npm run typecheck` and ts-jest): a field added to, dropped from or retyped in either side
// without the other fails to compile here, so the documented answers cannot drift from what the read model stores.
import { z } from 'zod';
import {
  ActionPlan,
  AuditDefinition,
  AuditHeader,
  AuditSettings,
  AuditState,
  actionPlanViewSchema,
  auditDefinitionViewSchema,
  auditHeaderViewSchema,
  auditSettingsViewSchema,
  auditStateViewSchema,
  ChecklistItem,
  checklistItemViewSchema,
  correctiveActionViewSchema,
  documentRequestViewSchema,
  DocumentRequest,
  Evidence,
  evidenceViewSchema,
  Finding,
  findingViewSchema,
  FollowUp,
  followUpViewSchema,
  FollowUpDelta,
  ImplementationEvidence,
  implementationEvidenceViewSchema,
  Meeting,
  meetingViewSchema,
  PlanVersion,
  planVersionViewSchema,
  ReportVersion,
  reportVersionViewSchema,
  Task,
  TeamMember,
  teamMemberViewSchema,
  Verification,
  VerificationDeferral,
  verificationDeferralViewSchema,
  verificationViewSchema,
  WorkAssignment,
  workAssignmentViewSchema,
  workflowTaskViewSchema,
  Actor,
  actorViewSchema,
} from '@auditflow/domain';

/** Identical types: each assignable to the other in every position, optional fields included. */
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;
/** Intersections and mapped types flattened, so equal shapes compare equal. */
type Flat<T> = { [K in keyof T]: T[K] };
type Describes<S extends z.ZodTypeAny, T> = Same<Flat<z.infer<S>>, Flat<T>>;

/** What the projection writes to corrective_actions: the follow-up's state without its tasks and inputs. */
type CorrectiveActionRow = Omit<FollowUpDelta['correctiveAction'], 'grade'> & { grade: z.infer<typeof correctiveActionViewSchema>['grade'] };

describe('read views describe the domain types they document', () => {
  it('field for field, checked by the compiler', () => {
    const checks: Record<string, true> = {
      teamMember: true satisfies Describes<typeof teamMemberViewSchema, TeamMember>,
      definition: true satisfies Describes<typeof auditDefinitionViewSchema, AuditDefinition>,
      header: true satisfies Describes<typeof auditHeaderViewSchema, AuditHeader>,
      document: true satisfies Describes<typeof documentRequestViewSchema, DocumentRequest>,
      plan: true satisfies Describes<typeof planVersionViewSchema, PlanVersion>,
      assignment: true satisfies Describes<typeof workAssignmentViewSchema, WorkAssignment>,
      checklistItem: true satisfies Describes<typeof checklistItemViewSchema, ChecklistItem>,
      evidence: true satisfies Describes<typeof evidenceViewSchema, Evidence>,
      finding: true satisfies Describes<typeof findingViewSchema, Finding>,
      meeting: true satisfies Describes<typeof meetingViewSchema, Meeting>,
      report: true satisfies Describes<typeof reportVersionViewSchema, ReportVersion>,
      followUp: true satisfies Describes<typeof followUpViewSchema, FollowUp>,
      actionPlan: true satisfies Describes<typeof actionPlanViewSchema, ActionPlan>,
      implementationEvidence: true satisfies Describes<typeof implementationEvidenceViewSchema, ImplementationEvidence>,
      verification: true satisfies Describes<typeof verificationViewSchema, Verification>,
      verificationDeferral: true satisfies Describes<typeof verificationDeferralViewSchema, VerificationDeferral>,
      actor: true satisfies Describes<typeof actorViewSchema, Actor>,
      settings: true satisfies Describes<typeof auditSettingsViewSchema, AuditSettings>,
      task: true satisfies Describes<typeof workflowTaskViewSchema, Task>,
      state: true satisfies Describes<typeof auditStateViewSchema, AuditState>,
    };
    expect(Object.values(checks).every(Boolean)).toBe(true);
  });

  it('a corrective action as the projection writes it, plus the time of the write', () => {
    const check: true = true satisfies Same<Flat<Omit<z.infer<typeof correctiveActionViewSchema>, 'findingId' | 'workflowId' | 'updatedAt'>>, Flat<CorrectiveActionRow>>;
    expect(check).toBe(true);
  });
});
