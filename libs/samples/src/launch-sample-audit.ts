import { AuditSettingsOverrides } from '../../domain/src/settings';
import { post } from './http-audit-port';
import { sampleLaunch, sampleProgramme } from './sample-audit';
import { SAMPLE_PEOPLE } from './sample-people';

const pm = { email: SAMPLE_PEOPLE.programmeManager.email, role: 'programme-manager' };

/** Creates and approves a sample programme, then launches the sample audit in it; returns both ids. */
export async function launchSampleAudit(baseUrl: string, settings: AuditSettingsOverrides = {}, now = Date.now()) {
  const programme = await post<{ id: string }>(baseUrl, '/programmes', undefined, sampleProgramme(settings));
  await post(baseUrl, `/programmes/${programme.id}/approve`, pm, { approvedBy: 'Board of Directors (audit client)' });
  const audit = await post<{ id: string; phase: string }>(baseUrl, '/audits', pm, sampleLaunch(programme.id, now));
  return { programmeId: programme.id, auditId: audit.id, phase: audit.phase };
}
