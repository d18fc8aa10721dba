import { z } from 'zod';
import { pageSchema } from './page';

// The histories of programmes and of the auditor pool: one entry per change, oldest first, kept append-only beside
// the audits' own timelines. Field names in `changes` are those of the programme and auditor answers.

/** When the change was made: the time of its transaction, which is also the changed record's `updatedAt`. */
const occurredAt = z.string().describe("ISO 8601 timestamp of the change's transaction (the changed record's updatedAt then)");

/** One changed field: its value before and after the change. */
export const fieldChangeViewSchema = z.strictObject({
  before: z.unknown().optional().describe('the value before the change; absent when there was none (a new programme, auditor or evaluation)'),
  after: z.unknown().describe('the value after the change'),
});
export type FieldChange = z.infer<typeof fieldChangeViewSchema>;
/** The fields a change changed, by name. */
export type FieldChanges = Record<string, FieldChange>;

/** The signed-in person who made a change. */
export const changedByViewSchema = z.strictObject({
  email: z.string(),
  personId: z.string().describe("the person's directory id"),
});

export const PROGRAMME_EVENT_TYPES = ['programme.established', 'programme.changed', 'programme.approved'] as const;
export type ProgrammeEventType = (typeof PROGRAMME_EVENT_TYPES)[number];

/** One change of an audit programme. */
export const programmeEventViewSchema = z.strictObject({
  id: z.number().int(),
  programmeId: z.string(),
  type: z.enum(PROGRAMME_EVENT_TYPES),
  changedBy: changedByViewSchema,
  occurredAt,
  changes: z.record(z.string(), fieldChangeViewSchema).describe('each field the change set or changed, named as in the programme'),
  note: z.string().optional().describe('what was said with the change (the approval note)'),
});
export type ProgrammeEvent = z.infer<typeof programmeEventViewSchema>;

/** GET /programmes/{id}/timeline: a page of the programme's changes, oldest first. */
export const programmeTimelineSchema = pageSchema(programmeEventViewSchema);

export const AUDITOR_EVENT_TYPES = ['auditor.added', 'auditor.changed', 'auditor.evaluated', 'auditor.feedback-received', 'auditor.cpd-recorded'] as const;
export type AuditorEventType = (typeof AUDITOR_EVENT_TYPES)[number];

/** One change of an auditor's profile in the pool. */
export const auditorEventViewSchema = z.strictObject({
  id: z.number().int(),
  auditorId: z.string(),
  auditorEmail: z.string(),
  type: z.enum(AUDITOR_EVENT_TYPES),
  changedBy: changedByViewSchema,
  occurredAt,
  changes: z
    .record(z.string(), fieldChangeViewSchema)
    .describe(
      'each profile field the change set or changed, named as in the auditor; for auditor.evaluated, `evaluation`: the evaluation recorded; for auditor.feedback-received, `feedback`; for auditor.cpd-recorded, `cpd`: the record added',
    ),
  note: z.string().optional().describe('what was said with the change (the reason of a profile change)'),
});
export type AuditorEvent = z.infer<typeof auditorEventViewSchema>;

/** GET /auditors/{id}/timeline: a page of the auditor's changes, oldest first. */
export const auditorTimelineSchema = pageSchema(auditorEventViewSchema);
