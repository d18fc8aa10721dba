import { useQuery } from '@tanstack/react-query';
import type { ActionPlan, AuditRole, AuditSummary, ChecklistItem, CorrectiveActionStatus, DocumentRequest, Evidence, Finding, FindingGrade, FollowUp, ImplementationEvidence, Meeting, PlanVersion, ReportVersion, TaskView, TeamMember, Verification, WorkAssignment } from '@auditflow/domain';
import { api, refusalMessage } from '../api/client';

export interface TimelineLine {
  id: number;
  type: string;
  summary: string;
  occurredAt: string;
  actor?: { email: string; role: string };
}

export interface CorrectiveActionProgress {
  findingId: string;
  grade: FindingGrade;
  status: CorrectiveActionStatus;
  round: number;
  openedAt: string;
  closedAt?: string;
  nextDueAt?: string;
  plans: ActionPlan[];
  evidence: ImplementationEvidence[];
  verifications: Verification[];
}

/**
 * What the audit page reads of GET /audits/{id}, typed by the domain. An auditee's answer leaves out the team's
 * working papers, so those lists may be absent.
 */
export interface AuditDetailAnswer {
  audit: AuditSummary;
  team: TeamMember[];
  openTasks: TaskView[];
  documents?: DocumentRequest[];
  plans?: PlanVersion[];
  assignments?: WorkAssignment[];
  checklist?: ChecklistItem[];
  evidence?: Evidence[];
  findings?: Finding[];
  meetings?: Meeting[];
  reports?: ReportVersion[];
  followUps?: FollowUp[];
  correctiveActions: CorrectiveActionProgress[];
  timeline: TimelineLine[];
  yourRoles: AuditRole[];
}

export function useAudit(auditId: string) {
  return useQuery({
    queryKey: ['audit', auditId],
    queryFn: async () => {
      const { data, error, response } = await api.GET('/audits/{id}', { params: { path: { id: auditId } } });
      if (response.status === 404 || response.status === 400) return null;
      if (error) throw new Error(refusalMessage(error));
      return data as unknown as AuditDetailAnswer;
    },
  });
}
