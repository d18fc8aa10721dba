import { useQuery } from '@tanstack/react-query';
import { CORRECTIVE_ACTION_STATES, NONCONFORMITY_GRADES } from '@auditflow/domain';
import type { NonconformityGrade } from '@auditflow/domain';
import { api, refusalMessage } from '../api/client';
import type { paths } from '../api/schema';

export type Programme = paths['/programmes']['get']['responses'][200]['content']['application/json'][number];
export type ProgrammeAudit = paths['/audits']['get']['responses'][200]['content']['application/json']['items'][number];
export type OverdueTask = paths['/tasks']['get']['responses'][200]['content']['application/json']['items'][number];

/** The most the API answers in one page. */
const API_PAGE = 500;
const OPEN_ACTION_STATES = CORRECTIVE_ACTION_STATES.filter((state) => state !== 'closed').join(',');

/** Every audit of the programme the person may see: the counts and the schedule need all of them, so every page is read. */
export function useProgrammeAudits(programmeId: string | undefined) {
  return useQuery({
    queryKey: ['programme-audits', programmeId],
    enabled: Boolean(programmeId),
    queryFn: async () => {
      const audits: ProgrammeAudit[] = [];
      for (let offset = 0; ; offset += API_PAGE) {
        const { data, error } = await api.GET('/audits', { params: { query: { programmeId: programmeId!, limit: API_PAGE, offset } } });
        if (error || !data) throw new Error(refusalMessage(error));
        audits.push(...data.items);
        if (data.items.length === 0 || offset + data.items.length >= data.total) return audits;
      }
    },
  });
}

/** The programme's overdue tasks, audits' and follow-ups' alike, most overdue first: every page of the filtered task list. */
export function useOverdueTasks(programmeId: string | undefined) {
  return useQuery({
    queryKey: ['programme-overdue-tasks', programmeId],
    enabled: Boolean(programmeId),
    queryFn: async () => {
      const tasks: OverdueTask[] = [];
      for (let offset = 0; ; offset += API_PAGE) {
        const { data, error } = await api.GET('/tasks', { params: { query: { programmeId: programmeId!, overdue: 'true', limit: API_PAGE, offset } } });
        if (error || !data) throw new Error(refusalMessage(error));
        tasks.push(...data.items);
        if (data.items.length === 0 || offset + data.items.length >= data.total) return tasks;
      }
    },
  });
}

export interface NonconformityCounts {
  grade: NonconformityGrade;
  /** findings of this grade recorded in the programme's audits */
  recorded: number;
  /** their corrective actions not closed yet */
  open: number;
  /** of those, past the due date of their current step */
  overdue: number;
}

/** Nonconformities by grade: the findings' totals, and the open and overdue follow-ups from the ageing of the corrective actions. */
export function useNonconformities(programmeId: string | undefined) {
  return useQuery({
    queryKey: ['programme-nonconformities', programmeId],
    enabled: Boolean(programmeId),
    queryFn: async (): Promise<NonconformityCounts[]> => {
      const recorded = async (grade: NonconformityGrade) => {
        const { data, error } = await api.GET('/findings', { params: { query: { programmeId: programmeId!, grade, limit: 1 } } });
        if (error || !data) throw new Error(refusalMessage(error));
        return data.total;
      };
      const actions = async (query: { status?: string; overdue?: 'true' }) => {
        const { data, error } = await api.GET('/corrective-actions', { params: { query: { programmeId: programmeId!, limit: 1, ...query } } });
        if (error || !data) throw new Error(refusalMessage(error));
        const sum = (key: 'major' | 'minor') => data.ageing.reduce((total, bucket) => total + bucket[key], 0);
        return { 'major-nonconformity': sum('major'), 'minor-nonconformity': sum('minor') } satisfies Record<NonconformityGrade, number>;
      };
      const [major, minor, open, overdue] = await Promise.all([
        recorded('major-nonconformity'),
        recorded('minor-nonconformity'),
        actions({ status: OPEN_ACTION_STATES }),
        actions({ overdue: 'true' }),
      ]);
      const totals: Record<NonconformityGrade, number> = { 'major-nonconformity': major, 'minor-nonconformity': minor };
      return NONCONFORMITY_GRADES.map((grade) => ({ grade, recorded: totals[grade], open: open[grade], overdue: overdue[grade] }));
    },
  });
}
