import { useQuery } from '@tanstack/react-query';
import { api, refusalMessage } from '../api/client';
import type { paths } from '../api/schema';

export type Auditor = paths['/auditors']['get']['responses'][200]['content']['application/json'][number];
export type Evaluation = Auditor['evaluations'][number];
export type EvaluationInput = NonNullable<paths['/auditors/{id}/evaluations']['post']['requestBody']>['content']['application/json'];
export type EvaluationMethod = EvaluationInput['method'];

export type TeamMembership = paths['/auditors/{id}']['get']['responses'][200]['content']['application/json']['audits'][number];

/** The pool the person may see: every auditor for those who manage programmes, else their own profile. */
export function useAuditorPool() {
  return useQuery({
    queryKey: ['auditors'],
    queryFn: async () => {
      const { data, error } = await api.GET('/auditors');
      if (error || !data) throw new Error(refusalMessage(error));
      return data;
    },
  });
}

/** One auditor's profile, with the audits they are on. */
export function useAuditor(id: string) {
  return useQuery({
    queryKey: ['auditors', id],
    queryFn: async () => {
      const { data, error } = await api.GET('/auditors/{id}', { params: { path: { id } } });
      if (error || !data) throw new Error(refusalMessage(error));
      return data;
    },
  });
}
