/** Phases of one audit, following ISO 19011 clauses 6.2 to 6.7. */
export const AUDIT_PHASES = [
  'initiating',
  'preparing',
  'conducting',
  'reporting',
  'completing',
  'following-up',
  'closed',
  'cancelled',
] as const;
export type AuditPhase = (typeof AUDIT_PHASES)[number];

export const PHASE_CLAUSE: Record<AuditPhase, string> = {
  initiating: '6.2',
  preparing: '6.3',
  conducting: '6.4',
  reporting: '6.5',
  completing: '6.6',
  'following-up': '6.7',
  closed: '6.7',
  cancelled: '6.2',
};

/** The only transitions the lifecycle may take. */
const NEXT: Record<AuditPhase, readonly AuditPhase[]> = {
  initiating: ['preparing', 'cancelled'],
  preparing: ['conducting', 'cancelled'],
  conducting: ['reporting', 'cancelled'],
  reporting: ['completing'],
  completing: ['following-up', 'closed'],
  'following-up': ['closed'],
  closed: [],
  cancelled: [],
};

export function canTransition(from: AuditPhase, to: AuditPhase): boolean {
  return NEXT[from].includes(to);
}

export function isFinished(phase: AuditPhase): boolean {
  return phase === 'closed' || phase === 'cancelled';
}
