import { Writable } from 'node:stream';
import { eventually, http, startApi, testConfig, TestApi } from '../support/test-stack';

const METRICS_TOKEN = 'scrape-me-0123456789abcdef';
const AUDIT_ID = '4b0a1f0e-0000-4000-8000-00000000aaaa';

/** The API's JSON log lines, as parsed objects, captured instead of printed. */
function logCapture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

/** The count of the request-duration histogram for one route and status, from a scrape ('0' when absent). */
function requestCount(scrape: string, route: string, status: number): number {
  const line = scrape.split('\n').find((text) => text.startsWith('http_request_duration_seconds_count{') && text.includes(`route="${route}"`) && text.includes(`status_code="${status}"`));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('API logs and metrics', () => {
  const log = logCapture();
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi(testConfig({ LOG_LEVEL: 'info', METRICS_TOKEN }), { logDestination: log.stream });
  });

  afterAll(async () => {
    await api?.close();
  });

  const scrape = async () => {
    const response = await http(api.baseUrl).get<string>('/metrics', { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(response.status).toBe(200);
    return response.body;
  };

  /** The log line that ends the request with this id (written once the response has finished). */
  const requestLine = (id: string) =>
    eventually(() => {
      const found = log.lines.find((line) => line.requestId === id && line.res);
      expect(found).toBeDefined();
      return found!;
    });

  it('logs each request as JSON with the caller\'s well-formed x-request-id, and answers it', async () => {
    const response = await http(api.baseUrl).get('/me', { 'x-request-id': 'trace-4711.a:b_c' });
    expect(response.status).toBe(401);
    expect(response.headers.get('x-request-id')).toBe('trace-4711.a:b_c');
    const line = await requestLine('trace-4711.a:b_c');
    expect(line).toMatchObject({ level: 30, service: 'auditflow-api', req: { method: 'GET', path: '/me' }, res: { statusCode: 401 } });
    // Headers (cookies, bearer tokens) stay out of the log.
    expect(JSON.stringify(line)).not.toMatch(/cookie|authorization/i);
  });

  it('puts the request id on what the API\'s services log while handling the request', async () => {
    const response = await http(api.baseUrl).get('/me', { 'x-request-id': 'refused-token-1', authorization: 'Bearer aft_not-a-token-anyone-issued' });
    expect(response.status).toBe(401);
    // The security record warns of the failed sign-in from inside the request.
    const warning = await eventually(() => {
      const found = log.lines.find((line) => line.context === 'security' && line.requestId === 'refused-token-1');
      expect(found).toBeDefined();
      return found!;
    });
    expect(warning).toMatchObject({ level: 40, service: 'auditflow-api' });
    expect(warning.msg).toContain('sign-in.failed');
  });

  it('makes up its own id when the incoming one is malformed or missing, and keeps query strings out of the log', async () => {
    const malformed = await http(api.baseUrl).get('/auth/link?token=secret-link-token', { 'x-request-id': 'two words\tand a tab' });
    const id = malformed.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = await requestLine(id);
    expect(line.req).toEqual({ method: 'GET', path: '/auth/link' });
    expect(JSON.stringify(log.lines)).not.toContain('secret-link-token');

    const missing = await http(api.baseUrl).get('/me');
    expect(missing.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(missing.headers.get('x-request-id')).not.toBe(id);
  });

  it('serves /metrics only with the bearer METRICS_TOKEN', async () => {
    const anonymous = await http(api.baseUrl).get('/metrics');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');
    expect((await http(api.baseUrl).get('/metrics', { authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
    const body = await scrape();
    expect(body).toContain('# TYPE http_request_duration_seconds histogram');
    // prom-client's default process metrics.
    expect(body).toContain('process_cpu_user_seconds_total');
    expect(body).toContain('nodejs_eventloop_lag_seconds');
  });

  it('counts requests in the duration histogram by route pattern and status, never by raw URL', async () => {
    const before = await scrape();
    for (let i = 0; i < 3; i++) expect((await http(api.baseUrl).get(`/audits/${AUDIT_ID}`)).status).toBe(401);
    expect((await http(api.baseUrl).get('/no/such/route')).status).toBe(404);
    // Observations land when each response has ended, a moment after the client has it.
    const after = await eventually(async () => {
      const body = await scrape();
      expect(requestCount(body, '/audits/:id', 401)).toBe(requestCount(before, '/audits/:id', 401) + 3);
      expect(requestCount(body, 'other', 404)).toBe(requestCount(before, 'other', 404) + 1);
      return body;
    });
    expect(after).toMatch(/http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/audits\/:id",status_code="401"\} \d+/);
    expect(after).not.toContain(AUDIT_ID);
    expect(after).not.toContain('/no/such/route');
  });

  it('leaves health probes answered 2xx out of the log, and logs a failing one', async () => {
    expect((await http(api.baseUrl).get('/health/live', { 'x-request-id': 'probe-live-1' })).status).toBe(200);
    // No worker polls this test's Temporal, so the API is not ready.
    expect((await http(api.baseUrl).get('/health/ready', { 'x-request-id': 'probe-ready-1' })).status).toBe(503);
    // A later request's line is written after the live probe's would have been: once it is there, that one is not.
    expect((await http(api.baseUrl).get('/me', { 'x-request-id': 'after-probes-1' })).status).toBe(401);
    await requestLine('after-probes-1');
    expect(await requestLine('probe-ready-1')).toMatchObject({ level: 50, res: { statusCode: 503 } });
    expect(log.lines.filter((line) => line.requestId === 'probe-live-1')).toEqual([]);
  });

  it('has no /metrics without METRICS_TOKEN', async () => {
    const closed = await startApi(testConfig({ METRICS_TOKEN: undefined }));
    try {
      expect((await http(closed.baseUrl).get('/metrics', { authorization: `Bearer ${METRICS_TOKEN}` })).status).toBe(404);
    } finally {
      await closed.close();
    }
  });
});
