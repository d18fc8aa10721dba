import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { REPO_ROOT } from '@auditflow/devstack';
import { AUDIT_ACTION_NAMES, FOLLOW_UP_ACTION_NAMES } from '@auditflow/domain';
import { launchBrowser } from '../support/browser';
import { http, startApi, testConfig, TestApi } from '../support/test-stack';

const kebab = (action: string) => action.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

describe('OpenAPI documentation generated from the code', () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    api = await startApi(testConfig());
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('documents every human step with its request schema, roles, phases and errors', async () => {
    const { status, body: document } = await http(api.baseUrl).get('/docs/openapi.json');
    expect(status).toBe(200);
    for (const action of AUDIT_ACTION_NAMES) {
      const operation = document.paths[`/audits/{id}/${kebab(action)}`]?.post;
      expect({ action, documented: Boolean(operation) }).toEqual({ action, documented: true });
      expect(operation.requestBody.content['application/json'].schema.type).toBe('object');
      expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '403', '404', '409', '422', '503']);
      expect(operation.description).toMatch(/Allowed in phase: .*Roles: /);
      expect(operation.parameters.map((parameter: { name: string; required: boolean }) => [parameter.name, parameter.required])).toEqual([['id', true], ['Idempotency-Key', false], ['x-audit-role', false]]);
      expect(operation.security).toEqual([{ session: [] }, { bearer: [] }]);
    }
    for (const action of FOLLOW_UP_ACTION_NAMES) {
      expect(document.paths[`/audits/{id}/findings/{findingId}/follow-up/${kebab(action)}`]?.post).toBeDefined();
    }
    expect(document.paths['/audits/{id}/{action}']).toBeUndefined();
    for (const path of ['/audits', '/audits/{id}', '/programmes', '/auditors', '/tasks', '/findings', '/corrective-actions', '/health', '/health/live', '/health/ready']) {
      expect({ path, documented: Boolean(document.paths[path]) }).toEqual({ path, documented: true });
    }
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['bearer', 'session']);
    expect(document.paths['/audits'].get.security).toEqual([{ session: [] }, { bearer: [] }]);
    for (const path of ['/health', '/health/live', '/health/ready']) expect({ path, security: document.paths[path].get.security }).toEqual({ path, security: undefined });
    expect(Object.keys(document.paths['/health/ready'].get.responses).sort()).toEqual(['200', '503']);
    expect(document.paths['/auth/sign-in-link'].post.security).toBeUndefined();
    // Success answers are documented with schemas (generated clients rely on them).
    const successSchema = (path: string, method: string) => {
      const responses = document.paths[path][method].responses as Record<string, { content?: Record<string, { schema?: unknown }> }>;
      return Object.entries(responses).find(([code, response]) => code.startsWith('2') && response.content?.['application/json'])?.[1].content?.['application/json']?.schema;
    };
    for (const [path, method] of [['/programmes', 'post'], ['/programmes', 'get'], ['/programmes/{id}', 'get'], ['/programmes/{id}/approve', 'post'], ['/auditors', 'get'], ['/auditors/{id}', 'get'], ['/auditors/team-check', 'post'], ['/audits', 'post'], ['/people', 'get'], ['/tokens', 'post'], ['/admin/stuck-mail', 'get'], ['/admin/failed-writes', 'get'], ['/auth/sign-in-link', 'post'], ['/audits', 'get'], ['/audits/{id}/tasks/{taskId}', 'get'], ['/tasks', 'get'], ['/audits/{id}', 'get'], ['/audits/{id}/live-state', 'get'], ['/findings', 'get'], ['/corrective-actions', 'get'], ['/tasks/overdue', 'get']] as const) {
      expect({ path, method, documented: Boolean(successSchema(path, method)) }).toEqual({ path, method, documented: true });
    }
    // Every operation: each success answer with content has a schema (JSON, or an HTML page for browsers), only a 204
    // has none, and every query parameter is typed.
    const undocumented: string[] = [];
    for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: { type?: string; $ref?: string } }> }>; parameters?: { in: string; name: string; schema?: { type?: string } }[] }>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const successes = Object.entries(operation.responses).filter(([code]) => code.startsWith('2'));
        const redirects = Object.keys(operation.responses).filter((code) => code.startsWith('3'));
        if (!successes.length && !redirects.length) undocumented.push(`${method} ${path}: no success answer`);
        for (const [code, response] of successes) {
          const schemas = Object.values(response.content ?? {}).map((media) => media.schema?.type ?? media.schema?.$ref);
          if (code !== '204' && (!schemas.length || schemas.some((type) => !type))) undocumented.push(`${method} ${path} ${code}: no schema`);
        }
        for (const parameter of operation.parameters ?? []) {
          if (parameter.in === 'query' && !parameter.schema?.type) undocumented.push(`${method} ${path} ?${parameter.name}: untyped`);
        }
      }
    }
    expect(undocumented).toEqual([]);
    const recordFinding = document.paths['/audits/{id}/record-finding'].post.requestBody.content['application/json'].schema;
    expect(recordFinding.properties.grade.enum).toContain('major-nonconformity');
    expect(recordFinding.required).toEqual(expect.arrayContaining(['grade', 'criterion', 'statement']));
  });

  it("is what the web app's generated API types were made from (regenerate them with scripts/web-api-types.mjs)", async () => {
    // Not spawnSync: the API answering the script runs in this process.
    const check = await new Promise<{ status: number | null; said: string }>((resolve) => {
      execFile(process.execPath, [join(REPO_ROOT, 'scripts', 'web-api-types.mjs'), '--check', api.baseUrl], (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, said: `${stdout}${stderr}`.trim() }),
      );
    });
    expect(check).toEqual({ status: 0, said: expect.stringContaining('matches the API') });
  });

  it('shows the documentation page in a browser', async () => {
    const page = await browser.newPage();
    await page.goto(`${api.baseUrl}/docs`);
    await page.getByText('/audits/{id}/acknowledge-contact').first().waitFor({ timeout: 15_000 });
    expect(await page.title()).toMatch(/Swagger|Auditflow/);
    // A token can be pasted under Authorize to try the API from this page.
    await page.getByRole('button', { name: /Authorize/ }).first().click();
    await page.getByText('bearer (http, Bearer)').waitFor({ timeout: 10_000 });
  });
});
