/** One overdue task in a compliance lead's digest. */
export interface OverdueDigestItem {
  auditTitle: string;
  taskTitle: string;
  /** The assignee's e-mail address. */
  assignee: string;
  /** ISO date-time the task was due. */
  dueAt: string;
  escalationLevel: number;
  /** Absolute link to the task in Auditflow. */
  link: string;
}

/** `data` of an overdue-digest notification. It spans audits, so its outbox row usually has no audit id. */
export interface OverdueDigestData {
  /** Name (or address) of the compliance lead the digest is for, used in the greeting. */
  lead: string;
  items: OverdueDigestItem[];
}

const ITEM_STRINGS = ['auditTitle', 'taskTitle', 'assignee', 'dueAt', 'link'] as const;

/** Checks the shape read back from the outbox's jsonb column, naming the first thing that is wrong. */
export function assertOverdueDigestData(data: unknown): asserts data is OverdueDigestData {
  const record = data as Partial<OverdueDigestData> | null;
  if (!record || typeof record.lead !== 'string') throw new TypeError('overdue-digest data needs "lead" (a string)');
  if (!Array.isArray(record.items)) throw new TypeError('overdue-digest data needs "items" (a list)');
  record.items.forEach((item: Partial<OverdueDigestItem>, index) => {
    for (const field of ITEM_STRINGS) {
      if (typeof item?.[field] !== 'string') throw new TypeError(`overdue-digest items[${index}].${field} must be a string`);
    }
    if (typeof item.escalationLevel !== 'number') throw new TypeError(`overdue-digest items[${index}].escalationLevel must be a number`);
  });
}
