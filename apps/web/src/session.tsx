import { useQuery } from '@tanstack/react-query';
import { createContext, ReactNode, useContext } from 'react';
import { Center, Loader } from '@mantine/core';
import { api, useCsrfToken } from './api/client';
import type { paths } from './api/schema';

export type Session = paths['/auth/session']['get']['responses'][200]['content']['application/json'];

const SessionContext = createContext<Session | undefined>(undefined);

/** Who is signed in. Everything below renders once that is known; a 401 sends the browser to sign in. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const session = useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      const { data, error } = await api.GET('/auth/session');
      if (error || !data) throw new Error('not signed in');
      return data;
    },
    staleTime: Infinity,
    retry: false,
  });
  useCsrfToken(session.data?.csrfToken);
  if (!session.data) {
    return (
      <Center h="100vh">
        <Loader aria-label="Signing in" />
      </Center>
    );
  }
  return <SessionContext.Provider value={session.data}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
