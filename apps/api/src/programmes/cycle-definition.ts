import { programmeCycleSettingsSchema, ProgrammeRunDefinition, proposeCyclePlan, resolveSettings } from '@auditflow/domain';
import { ProgrammeEntity } from '@auditflow/persistence';

/** The cycle an approved programme version runs: its plan as proposed from its areas, its task clock from its settings. */
export function cycleDefinition(programme: ProgrammeEntity): ProgrammeRunDefinition {
  const content = programme.content!;
  // Parsed again: versions stored before a setting existed take its default.
  const cycleSettings = programmeCycleSettingsSchema.parse(programme.cycleSettings ?? {});
  const { reminderLeadTimes, escalationLadder, escalateOnHolidays } = resolveSettings(programme.settings);
  return {
    programmeId: programme.id,
    programmeName: programme.name,
    programmeVersion: programme.version,
    manager: { email: programme.managerEmail, name: programme.managerName },
    complianceLead: { email: programme.complianceLeadEmail, name: programme.complianceLeadName },
    plan: proposeCyclePlan(content, cycleSettings),
    statementOfApplicability: content.statementOfApplicability,
    cycleSettings,
    taskClock: { reminderLeadTimes, escalationLadder, escalateOnHolidays, pauseClockWhileExtensionPending: false },
  };
}
