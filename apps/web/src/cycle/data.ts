import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, refusalMessage } from '../api/client';
import type { paths } from '../api/schema';

type Ok<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : never;

export type CycleView = Ok<'/programmes/{id}/cycle', 'get'>;
export type PlanWindow = CycleView['plan']['windows'][number];
export type WindowProgress = CycleView['windows'][number];
export type CoverageView = Ok<'/programmes/{id}/coverage', 'get'>;
export type CoverageItem = CoverageView['clauses'][number];
export type ProgrammeTask = Ok<'/programmes/{id}/tasks', 'get'>[number];
export type CycleEvent = Ok<'/programmes/{id}/cycle/timeline', 'get'>[number];

/** The cycle runs on its own clock (launch tasks open, windows close): its views are read again while the page is shown. */
const CYCLE_REFRESH_MS = 10_000;

/** Every query of one programme's cycle starts with this key, so a step refreshes them all at once. */
const cycleKey = (programmeId: string, part: string) => ['programme-cycle', programmeId, part];

/** The running cycle, or null while it has not started (the API answers 404 until approval starts it). */
export function useCycle(programmeId: string) {
  return useQuery({
    queryKey: cycleKey(programmeId, 'cycle'),
    refetchInterval: CYCLE_REFRESH_MS,
    queryFn: async (): Promise<CycleView | null> => {
      const { data, error, response } = await api.GET('/programmes/{id}/cycle', { params: { path: { id: programmeId } } });
      if (response.status === 404) return null;
      if (!data) throw new Error(refusalMessage(error));
      return data;
    },
  });
}

export function useCoverage(programmeId: string) {
  return useQuery({
    queryKey: cycleKey(programmeId, 'coverage'),
    refetchInterval: CYCLE_REFRESH_MS,
    queryFn: async () => {
      const { data, error } = await api.GET('/programmes/{id}/coverage', { params: { path: { id: programmeId } } });
      if (!data) throw new Error(refusalMessage(error));
      return data;
    },
  });
}

/** The programme manager's tasks of the cycle, soonest due first. */
export function useProgrammeTasks(programmeId: string) {
  return useQuery({
    queryKey: cycleKey(programmeId, 'tasks'),
    refetchInterval: CYCLE_REFRESH_MS,
    queryFn: async () => {
      const { data, error } = await api.GET('/programmes/{id}/tasks', { params: { path: { id: programmeId } } });
      if (!data) throw new Error(refusalMessage(error));
      return data;
    },
  });
}

/** The cycle's timeline, oldest first. */
export function useCycleTimeline(programmeId: string) {
  return useQuery({
    queryKey: cycleKey(programmeId, 'timeline'),
    refetchInterval: CYCLE_REFRESH_MS,
    queryFn: async () => {
      const { data, error } = await api.GET('/programmes/{id}/cycle/timeline', { params: { path: { id: programmeId } } });
      if (!data) throw new Error(refusalMessage(error));
      return data;
    },
  });
}

/** After a step the programme manager took: every view of the cycle read again. */
export function useRefreshCycle(programmeId: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['programme-cycle', programmeId] });
}

/** A task still waiting for the programme manager. */
export const isOpenTask = (task: Pick<ProgrammeTask, 'state'>) => task.state === 'open' || task.state === 'overdue';
