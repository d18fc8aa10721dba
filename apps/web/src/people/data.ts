import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OrgRole } from '@auditflow/domain';
import { api, refusalMessage } from '../api/client';
import type { paths } from '../api/schema';

export type Person = paths['/people']['get']['responses'][200]['content']['application/json']['items'][number];
export type PersonChange = NonNullable<paths['/people/{id}']['patch']['requestBody']>['content']['application/json'];
export type SecurityEvent = paths['/security-events']['get']['responses'][200]['content']['application/json']['items'][number];

export const PAGE_SIZE = 25;
export const EVENTS_PAGE_SIZE = 20;

/** A page of the directory, filtered; the previous page stays on screen while the next one loads. */
export function usePeople(search: string, role: string, status: string, page: number) {
  return useQuery({
    queryKey: ['people', search, role, status, page],
    queryFn: async () => {
      const query = {
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
        ...(search ? { search } : {}),
        ...(role ? { role: role as OrgRole } : {}),
        ...(status ? { active: status as 'true' | 'false' } : {}),
      };
      const { data, error } = await api.GET('/people', { params: { query } });
      if (error || !data) throw new Error(refusalMessage(error));
      return data;
    },
    placeholderData: keepPreviousData,
  });
}

/** A page of the security record, of one kind of event or every kind. */
export function useSecurityEvents(type: string, page: number) {
  return useQuery({
    queryKey: ['security-events', type, page],
    queryFn: async () => {
      const { data, error } = await api.GET('/security-events', { params: { query: { limit: EVENTS_PAGE_SIZE, offset: (page - 1) * EVENTS_PAGE_SIZE, ...(type ? { type } : {}) } } });
      if (error || !data) throw new Error(refusalMessage(error));
      return data;
    },
    placeholderData: keepPreviousData,
  });
}
