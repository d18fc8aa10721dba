import { useQuery } from '@tanstack/react-query';
import { api, refusalMessage } from './client';

/** The programmes the person may see: one query, shared by the dashboard, the launch page and the follow-up filters. */
export function useProgrammes() {
  return useQuery({
    queryKey: ['programmes'],
    queryFn: async () => {
      const { data, error } = await api.GET('/programmes');
      if (error) throw new Error(refusalMessage(error));
      return data;
    },
  });
}
