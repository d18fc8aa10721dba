/** The signed-in person who made a change, as the histories record them. */
export interface ChangedBy {
  email: string;
  personId: string;
}

export function changedByOf(row: Record<string, unknown>): ChangedBy {
  return { email: row.actor_email as string, personId: row.actor_person_id as string };
}
