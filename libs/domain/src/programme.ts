import { z } from 'zod';
import { auditSettingsOverridesSchema } from './settings';
import { personSchema, shortText, text } from './schemas';

/** An audit programme (ISO 19011 clause 5): objectives, risks, extent, people, and settings for its audits. */
export const programmeSchema = z.object({
  name: shortText,
  description: text.optional(),
  objectives: z.array(shortText).min(1, { message: 'must state at least one objective (5.2)' }),
  risks: z.array(z.object({ description: text, treatment: text })).default([]),
  extent: text.optional(),
  manager: personSchema,
  complianceLead: personSchema,
  settings: auditSettingsOverridesSchema.default({}),
});
export type ProgrammeInput = z.output<typeof programmeSchema>;

export const programmeApprovalSchema = z.object({
  approvedBy: shortText.describe('the audit client who approved the programme'),
  note: text.optional(),
});
