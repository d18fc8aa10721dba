#!/usr/bin/env node
// Generates the web app's API types (apps/web/src/api/schema.d.ts) from the OpenAPI document of a running API, so
// the app and the API cannot drift apart silently. With --check it writes nothing and exits 1 when the committed
// file differs from what the API documents now (npm test runs it that way against its own API).
//   node scripts/web-api-types.mjs [--check] [API base URL, default http://localhost:3000]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { ROOT } from './bootstrap.mjs';

export const API_TYPES = join(ROOT, 'apps', 'web', 'src', 'api', 'schema.d.ts');
const HEADER = '// Generated from the API\'s OpenAPI document by `node scripts/web-api-types.mjs` (npm start running). Do not edit.\n';

export async function apiTypes(baseUrl) {
  const response = await fetch(new URL('/docs/openapi.json', baseUrl));
  if (!response.ok) throw new Error(`GET ${baseUrl}/docs/openapi.json answered ${response.status}`);
  const ast = await openapiTS(await response.json(), { alphabetize: true });
  return HEADER + astToString(ast);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const baseUrl = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'http://localhost:3000';
  const types = await apiTypes(baseUrl);
  if (!check) {
    writeFileSync(API_TYPES, types);
    process.stdout.write(`wrote ${API_TYPES}\n`);
  } else if (readFileSync(API_TYPES, 'utf8') !== types) {
    process.stderr.write(`${API_TYPES} is stale: the API documents something else now. Regenerate it: npm start, then node scripts/web-api-types.mjs\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`${API_TYPES} matches the API\n`);
  }
}
