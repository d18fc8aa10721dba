import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * Keeps an audit's page current: the API pushes a message (Server-Sent Events) whenever the audit's workflow records
 * something, and the page reads the audit again. EventSource reconnects by itself after a lost connection; on every
 * (re)connection the page reads again too, so nothing missed while away stays missing.
 */
export function useLiveAudit(auditId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!auditId) return;
    const source = new EventSource(`/audits/${encodeURIComponent(auditId)}/live`);
    const refresh = () => void queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes(auditId) || query.queryKey[0] === 'tasks' });
    source.addEventListener('open', refresh);
    source.addEventListener('recorded', refresh);
    return () => source.close();
  }, [auditId, queryClient]);
}
