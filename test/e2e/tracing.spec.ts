import { launchSampleAudit, SAMPLE_PEOPLE as P, step } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { OtlpReceiver, ReceivedSpan } from '../support/otlp-receiver';
import { eventually } from '../support/test-stack';

const rep = { email: P.auditeeRepresentative.email, role: 'auditee-representative' };

describe('traces from an API request through the workflow to its activities', () => {
  const receiver = new OtlpReceiver();
  beforeAll(() => receiver.start());
  afterAll(() => receiver.stop());
  // The API and the worker of this file export to the receiver; no other test file's do (each has its own tracer).
  const stack = useFullStack({ environment: () => ({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url }) });

  it('puts a step, its workflow Update and the activity recording it in one trace, API and worker alike', async () => {
    const { auditId } = await launchSampleAudit(stack.client);
    const path = `/audits/${auditId}/acknowledge-contact`;
    await step(stack.client, path, rep, { channels: ['e-mail'], confidentialityAgreed: true });

    // Spans leave in batches, every few seconds.
    const { request, trace } = await eventually(
      () => {
        const request = receiver.spans.find((span) => span.attributes['url.path'] === path);
        expect(request).toMatchObject({ service: 'auditflow-api', name: 'POST /audits/:id/:action', attributes: { 'http.response.status_code': 200 } });
        const trace = receiver.spans.filter((span) => span.traceId === request!.traceId);
        expect(trace.map((span) => span.name)).toEqual(expect.arrayContaining(['RunActivity:recordAuditProgress']));
        return { request: request!, trace };
      },
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    const named = (name: string): ReceivedSpan => {
      const span = trace.find((candidate) => candidate.name === name);
      if (!span) throw new Error(`no span ${name} in the trace: ${trace.map((candidate) => `${candidate.service} ${candidate.name}`).join(', ')}`);
      return span;
    };

    // Each a child of the one before: request, Update sent by the API's Temporal client, Update handled in the
    // workflow, the activity it scheduled, and the activity run by the worker.
    const sent = named('StartWorkflowUpdate:acknowledgeContact');
    const handled = named('HandleUpdate:acknowledgeContact');
    const scheduled = named('StartActivity:recordAuditProgress');
    const ran = named('RunActivity:recordAuditProgress');
    expect([sent, handled, scheduled, ran].map((span) => [span.service, span.parentSpanId])).toEqual([
      ['auditflow-api', request.spanId],
      ['auditflow-worker', sent.spanId],
      ['auditflow-worker', handled.spanId],
      ['auditflow-worker', scheduled.spanId],
    ]);
    expect(ran.attributes).toMatchObject({ temporalWorkflowId: `audit-${auditId}` });
  });
});
