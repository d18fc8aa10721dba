import type { AuditLaunch, AuditSettingsOverrides, ProgrammeInput } from '@auditflow/domain';
import { SAMPLE_AUDITEE_UNIT, SAMPLE_PEOPLE as P } from './sample-people';

const DAY = 24 * 60 * 60 * 1000;
const at = (from: number, days: number, hour = 9) => new Date(Math.floor((from + days * DAY) / DAY) * DAY + hour * 3600_000).toISOString();

export function sampleProgramme(settings: AuditSettingsOverrides = {}): ProgrammeInput {
  return {
    name: '2027 internal ISMS audit programme',
    description: 'Three-year cycle covering every ISO/IEC 27001:2022 clause and applicable Annex A control.',
    objectives: ['Certification readiness for ISO/IEC 27001:2022', 'Verify corrective actions from the 2026 surveillance audit'],
    risks: [{ description: 'Auditee availability during year-end freeze', treatment: 'Schedule fieldwork outside December' }],
    extent: 'Four audits a year, two days of fieldwork each',
    manager: P.programmeManager,
    complianceLead: P.complianceLead,
    settings,
  };
}

export function sampleLaunch(programmeId: string, now = Date.now()): AuditLaunch {
  return {
    programmeId,
    title: `IT Operations ISMS audit ${new Date(now).toISOString().slice(0, 10)}`,
    objectives: ['Determine conformity of the ISMS with ISO/IEC 27001:2022', 'Evaluate the effectiveness of access control and logging'],
    scope: { units: [SAMPLE_AUDITEE_UNIT], sites: ['Main data centre'], processes: ['Change management', 'Access management'], period: 'last 12 months' },
    criteria: ['ISO/IEC 27001:2022 clauses 4-10', 'Statement of Applicability v7', 'Access control policy'],
    method: 'blended',
    plannedStart: at(now, 14),
    plannedEnd: at(now, 16, 17),
    auditee: { unit: SAMPLE_AUDITEE_UNIT, representative: P.auditeeRepresentative, manager: P.auditeeManager },
    team: [
      { ...P.teamLeader, role: 'team-leader' },
      { ...P.auditor, role: 'auditor' },
      { ...P.secondAuditor, role: 'auditor' },
    ],
  };
}

export function samplePlan(now = Date.now()) {
  return {
    objectives: ['Determine conformity of the ISMS with ISO/IEC 27001:2022'],
    scope: { units: [SAMPLE_AUDITEE_UNIT], sites: ['Main data centre'], processes: ['Change management', 'Access management'] },
    criteria: ['ISO/IEC 27001:2022 clauses 4-10'],
    locations: ['Main data centre', 'Remote (video)'],
    fieldworkStart: at(now, 14),
    fieldworkEnd: at(now, 16, 17),
    openingMeetingAt: at(now, 14),
    closingMeetingAt: at(now, 16, 16),
    methods: ['interviews', 'document review', 'observation', 'technical verification of access rights'],
    sampling: '25 changes and 40 user accounts sampled at random from the last 12 months',
  };
}

export function sampleMeeting(kind: 'opening' | 'closing', now = Date.now()) {
  return kind === 'opening'
    ? { kind, startsAt: at(now, 14, 9), endsAt: at(now, 14, 10), timeZone: 'Europe/Berlin', location: 'Room 4.01 and video bridge' }
    : { kind, startsAt: at(now, 16, 15), endsAt: at(now, 16, 16), timeZone: 'Europe/Berlin', location: 'Room 4.01 and video bridge' };
}
