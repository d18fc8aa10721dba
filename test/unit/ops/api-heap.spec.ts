// The API runs with a heap of its own size, not V8's default sized by the host's memory (libs/config/src/api-heap.ts).
import { API_HEAP_MB } from '@auditflow/config';
import { loadCompose } from './compose-files';

describe("the API's heap", () => {
  it('is the same in the compose file as where npm start gives it', () => {
    const apis = Object.entries(loadCompose().services).filter(([name]) => /^api(-\d+)?$/.test(name));
    expect(apis.length).toBeGreaterThan(0);
    for (const [, api] of apis) expect(String(api.environment!.NODE_OPTIONS)).toContain(`--max-old-space-size=${API_HEAP_MB}`);
  });
});
