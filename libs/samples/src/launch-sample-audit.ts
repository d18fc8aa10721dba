import { AuditSettingsOverrides } from '@auditflow/domain';
import { AuditflowClient } from './client';
import { sampleLaunch, sampleProgramme } from './sample-audit';
import { SAMPLE_PEOPLE, SAMPLE_POOL } from './sample-people';

const pm = SAMPLE_PEOPLE.programmeManager.email;

/** The programme manager, signed in, establishes and approves a sample programme and launches the sample audit in it. */
export async function launchSampleAudit(client: AuditflowClient, settings: AuditSettingsOverrides = {}, now = Date.now()) {
  await ensureSamplePool(client);
  const programme = await client.post<{ id: string }>('/programmes', pm, sampleProgramme(settings));
  await client.post(`/programmes/${programme.id}/approve`, pm, { approvedBy: 'Board of Directors (audit client)' });
  const audit = await client.post<{ id: string; phase: string }>('/audits', pm, sampleLaunch(programme.id, now));
  return { programmeId: programme.id, auditId: audit.id, phase: audit.phase };
}

/** The programme manager puts the sample team into the auditor pool, once: a profile already there is kept as it is. */
export async function ensureSamplePool(client: AuditflowClient): Promise<void> {
  for (const auditor of SAMPLE_POOL) {
    const answer = await client.request('POST', '/auditors', pm, auditor);
    if (answer.status !== 201 && answer.status !== 409) throw new Error(`adding ${auditor.email} to the auditor pool answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
}
