import { useQuery } from '@tanstack/react-query';
import { api, refusalMessage } from '../api/client';
import type { paths } from '../api/schema';

/** GET /audits/{id}, as the API documents it; an auditee's answer has the same shape, the team's papers left out. */
export type AuditDetailAnswer = paths['/audits/{id}']['get']['responses'][200]['content']['application/json'];
export type CorrectiveActionProgress = AuditDetailAnswer['correctiveActions'][number];

export function useAudit(auditId: string) {
  return useQuery({
    queryKey: ['audit', auditId],
    queryFn: async () => {
      const { data, error, response } = await api.GET('/audits/{id}', { params: { path: { id: auditId } } });
      if (response.status === 404 || response.status === 400) return null;
      if (error) throw new Error(refusalMessage(error));
      return data;
    },
  });
}
