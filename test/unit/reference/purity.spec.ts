import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Workflow code imports the reference data, so it must stay deterministic and free of Node APIs.
const dir = join(__dirname, '../../../libs/domain/src/reference');
const sources = readdirSync(dir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const);

describe('reference data sources', () => {
  it('exist', () => {
    expect(sources.map(([name]) => name)).toEqual(
      expect.arrayContaining(['index.ts', 'standard.ts', 'generate-checklist.ts', 'checklist-questions.ts']),
    );
  });

  it.each(sources)('%s imports only sibling modules', (_name, source) => {
    const specifiers = [...source.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]);
    expect(specifiers.filter((specifier) => !specifier?.startsWith('./'))).toEqual([]);
    expect(source).not.toMatch(/\brequire\(/);
  });

  it.each(sources)('%s uses no clock, randomness or process state', (_name, source) => {
    expect(source).not.toMatch(/\bDate\b|Math\.random|\bprocess\.|\bcrypto\b|setTimeout|setInterval/);
  });
});
