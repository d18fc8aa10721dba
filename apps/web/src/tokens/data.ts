import { useQuery } from '@tanstack/react-query';
import { api, refusalMessage } from '../api/client';
import type { paths } from '../api/schema';

export type Token = paths['/tokens']['get']['responses'][200]['content']['application/json'][number];
export type CreatedToken = paths['/tokens']['post']['responses'][201]['content']['application/json'];

/** The person's own API tokens. */
export function useOwnTokens(personId: string) {
  return useQuery({
    queryKey: ['tokens', personId],
    queryFn: async () => {
      // An admin's GET /tokens lists everyone's; this page is about the person's own.
      const { data, error } = await api.GET('/tokens', { params: { query: { personId } } });
      if (error || !data) throw new Error(refusalMessage(error));
      return data;
    },
  });
}
