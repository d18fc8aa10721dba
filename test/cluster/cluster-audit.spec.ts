// Issue 15: the production shape. A full audit on Temporal's own server on PostgreSQL, with two workers and two API
// instances, driven through both APIs in turn, leaves a timeline of the same shape as the same audit on the dev server.
// The front end requires mTLS here, so the TEMPORAL_TLS_* path of the API and the worker is the one exercised.
import { readFileSync } from 'node:fs';
import { Connection, TLSConfig } from '@temporalio/client';
import { AuditflowClient, AuditPort, HttpAuditPort, launchSampleAudit, runSampleAudit, SAMPLE_PEOPLE } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { sampleValue } from '../support/prometheus-text';
import { LocalCluster, startLocalCluster } from '../support/local-cluster';
import { eventually } from '../support/test-stack';
import { readTimeline } from '../support/timeline';

const PM = SAMPLE_PEOPLE.programmeManager.email;
// A cold build of Temporal's server takes 10-20 minutes; npm test builds it before Jest, so this is only a safety net.
const CLUSTER_START_TIMEOUT_MS = 30 * 60_000;

interface TimelineEntry {
  type: string;
  workflowId: string;
  seq: number;
}

/** Ports that take turns: step n goes through API n mod 2. */
function alternating(ports: AuditPort[]): { port: AuditPort; used: number[] } {
  const used = ports.map(() => 0);
  let next = 0;
  const pick = () => {
    const index = next++ % ports.length;
    used[index] = used[index]! + 1;
    return ports[index]!;
  };
  return {
    used,
    port: {
      act: (action, actor, payload) => pick().act(action, actor, payload),
      followUp: (findingId, action, actor, payload) => pick().followUp(findingId, action, actor, payload),
    },
  };
}

/**
 * The timeline's shape: for each workflow (the audit, each follow-up) the sequence of its event types, numbered from
 * 1 without gaps; mail delivery lines are left out (they follow the SMTP server's pace, not the audit's).
 */
function shapeOf(timeline: TimelineEntry[]): string[] {
  const byWorkflow = new Map<string, TimelineEntry[]>();
  for (const entry of timeline.filter((line) => line.type !== 'notification.sent')) byWorkflow.set(entry.workflowId, [...(byWorkflow.get(entry.workflowId) ?? []), entry]);
  return [...byWorkflow.values()]
    .map((entries) => {
      const ordered = [...entries].sort((a, b) => a.seq - b.seq);
      expect(ordered.map((entry) => entry.seq)).toEqual(ordered.map((_, index) => index + 1));
      return ordered.map((entry) => entry.type).join(' > ');
    })
    .sort();
}

async function runToClosed(client: AuditflowClient, port: (auditId: string) => AuditPort): Promise<{ auditId: string; timeline: TimelineEntry[] }> {
  const { auditId } = await launchSampleAudit(client);
  await runSampleAudit(port(auditId));
  await eventually(
    async () => {
      const answer = await client.get(`/audits/${auditId}`, PM);
      expect(answer.body.audit.phase).toBe('closed');
    },
    { timeoutMs: 120_000, intervalMs: 500 },
  );
  return { auditId, timeline: await readTimeline(client, auditId, PM) };
}

describe('the production shape: Temporal on PostgreSQL, two workers, two API instances', () => {
  const devServer = useFullStack();
  let cluster: LocalCluster;

  beforeAll(async () => {
    cluster = await startLocalCluster({ workers: 2, apis: 2, mutualTls: true });
  }, CLUSTER_START_TIMEOUT_MS);

  afterAll(async () => {
    await cluster?.stop();
  });

  it('refuses a Temporal client without a certificate its CA signed', async () => {
    const { TEMPORAL_TLS_CA_PATH: caFile, TEMPORAL_TLS_SERVER_NAME: serverName } = cluster.environment;
    const describe = async (tls: TLSConfig | false) => {
      const connection = await Connection.connect({ address: cluster.temporal.address, tls, connectTimeout: 5_000 });
      try {
        return await connection.withDeadline(Date.now() + 5_000, () => connection.workflowService.describeNamespace({ namespace: cluster.temporal.namespace }));
      } finally {
        await connection.close();
      }
    };
    await expect(describe(false)).rejects.toThrow();
    await expect(describe({ serverNameOverride: serverName, serverRootCACertificate: readFileSync(caFile!) })).rejects.toThrow();
    const withCertificate = await describe({
      serverNameOverride: serverName,
      serverRootCACertificate: readFileSync(caFile!),
      clientCertPair: { crt: readFileSync(cluster.environment.TEMPORAL_TLS_CERT_PATH!), key: readFileSync(cluster.environment.TEMPORAL_TLS_KEY_PATH!) },
    });
    expect(withCertificate.namespaceInfo?.name).toBe(cluster.temporal.namespace);
  });

  it('runs a full audit through both API instances in turn, with the same timeline shape as on the dev server', async () => {
    const [first, second] = cluster.clients as [AuditflowClient, AuditflowClient];
    let turns: number[] = [];
    const onCluster = await runToClosed(first, (auditId) => {
      const { port, used } = alternating([new HttpAuditPort(first, auditId), new HttpAuditPort(second, auditId)]);
      turns = used;
      return port;
    });
    // Both instances took steps, and each reads what the other wrote.
    expect(turns.every((count) => count > 10)).toBe(true);
    const readBack = await readTimeline(second, onCluster.auditId, PM);
    expect(shapeOf(readBack)).toEqual(shapeOf(onCluster.timeline));

    // Both worker processes serve their metrics: the SDK's, and Auditflow's mail counts, which add up across them.
    const scrapes = await Promise.all(cluster.workers.map(async (worker) => (await fetch(worker.metricsUrl)).text()));
    for (const text of scrapes) expect(text).toMatch(/^temporal_\w+/m);
    const mailsSent = scrapes.reduce((sum, text) => sum + sampleValue(text, 'auditflow_mails_sent_total'), 0);
    expect(mailsSent).toBeGreaterThan(10);

    const onDevServer = await runToClosed(devServer.client, (auditId) => new HttpAuditPort(devServer.client, auditId));
    expect(shapeOf(onCluster.timeline)).toEqual(shapeOf(onDevServer.timeline));
    expect(shapeOf(onCluster.timeline).length).toBeGreaterThan(1);
  });
});
