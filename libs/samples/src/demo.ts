import { loadConfig } from '../../config/src';
import { HttpAuditPort } from './http-audit-port';
import { launchSampleAudit } from './launch-sample-audit';
import { runSampleAudit } from './sample-audit-script';

/**
 * `npm run demo`: against a running `npm start`, drives one sample audit through every phase via the public API
 * and exits 0 once the audit is closed.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const baseUrl = process.env.AUDITFLOW_URL ?? `http://127.0.0.1:${config.PORT}`;
  const health = await fetch(`${baseUrl}/health`).catch((error: unknown) => {
    throw new Error(`Auditflow is not reachable at ${baseUrl} (${String(error)}): start it with npm start`);
  });
  if (!health.ok) throw new Error(`Auditflow at ${baseUrl} is not healthy: ${await health.text()}`);

  const { auditId, programmeId } = await launchSampleAudit(baseUrl);
  console.log(`programme ${programmeId}\naudit     ${auditId}  (${baseUrl}/audits/${auditId})\n`);
  await runSampleAudit(new HttpAuditPort(baseUrl, auditId), (line) => console.log(`  ${line}`));

  const deadline = Date.now() + 30_000;
  for (;;) {
    const audit = (await (await fetch(`${baseUrl}/audits/${auditId}`)).json()) as { audit: { phase: string } };
    if (audit.audit.phase === 'closed') break;
    if (Date.now() > deadline) throw new Error(`the audit ended in phase ${audit.audit.phase}, not closed`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.log(`\naudit ${auditId} is closed. Timeline: ${baseUrl}/audits/${auditId}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
