import { z } from 'zod';
import { auditSettingsOverridesSchema } from './settings';
import { personSchema, shortText, text } from './schemas';
import { programmeContentSchema } from './programme-cycle/programme-content';
import { programmeCycleSettingsSchema } from './programme-cycle/cycle-settings';

const programmeRiskSchema = z.object({ description: text, treatment: text });

/** An audit programme (ISO 19011 clause 5): objectives, risks, extent, people, and settings for its audits. */
export const programmeSchema = z.object({
  name: shortText,
  description: text.optional(),
  objectives: z.array(shortText).min(1, { message: 'must state at least one objective (5.2)' }),
  risks: z.array(programmeRiskSchema).default([]),
  extent: text.optional(),
  manager: personSchema(),
  complianceLead: personSchema(),
  settings: auditSettingsOverridesSchema.default({}),
  content: programmeContentSchema.optional().describe('the cycle, audit areas, Statement of Applicability, audit types and methods, resources and team-selection criteria (5.2–5.4)'),
  cycleSettings: programmeCycleSettingsSchema.optional().describe('how often areas are audited by risk, how long a window is, and how early its launch is asked for'),
});
export type ProgrammeInput = z.output<typeof programmeSchema>;

/**
 * A change to an approved or draft programme: any of its fields but its manager, with the reason. Each change is a
 * new version, which the audit client approves again before audits are launched in it (5.4).
 */
export const programmeChangeSchema = programmeSchema
  .omit({ manager: true })
  .partial()
  .extend({
    // Without the defaults of establishing a programme: a field left out of a change stays as it is.
    risks: z.array(programmeRiskSchema).optional(),
    settings: auditSettingsOverridesSchema.optional(),
    reason: text.describe('why the programme changes (recorded with the new version)'),
  })
  .strict();
export type ProgrammeChange = z.output<typeof programmeChangeSchema>;

export const programmeApprovalSchema = z.object({
  approvedBy: shortText.describe('the audit client who approved the programme'),
  note: text.optional(),
});
