import { AuditSettingsOverrides } from '@auditflow/domain';
import { AuditflowClient } from './client';
import { sampleLaunch, sampleProgramme } from './sample-audit';
import { SAMPLE_PEOPLE } from './sample-people';

const pm = SAMPLE_PEOPLE.programmeManager.email;

/** The programme manager, signed in, establishes and approves a sample programme and launches the sample audit in it. */
export async function launchSampleAudit(client: AuditflowClient, settings: AuditSettingsOverrides = {}, now = Date.now()) {
  const programme = await client.post<{ id: string }>('/programmes', pm, sampleProgramme(settings));
  await client.post(`/programmes/${programme.id}/approve`, pm, { approvedBy: 'Board of Directors (audit client)' });
  const audit = await client.post<{ id: string; phase: string }>('/audits', pm, sampleLaunch(programme.id, now));
  return { programmeId: programme.id, auditId: audit.id, phase: audit.phase };
}
