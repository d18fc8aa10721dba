import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, resolveTemporalCli } from '@auditflow/devstack';
import { testTemporalAddress } from './test-stack';

export const HISTORY_FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'histories');

/**
 * With RECORD_REPLAY_FIXTURES=1, keeps the histories of the given workflows as replay fixtures
 * (test/fixtures/histories/<name>.json); the replay test then checks every change to workflow code against them.
 */
export async function recordHistories(fixtures: Record<string, string>): Promise<void> {
  if (process.env.RECORD_REPLAY_FIXTURES !== '1') return;
  // The CLI writes history JSON in the canonical form that historyFromJSON reads back.
  const cli = await resolveTemporalCli();
  for (const [name, workflowId] of Object.entries(fixtures)) {
    const json = execFileSync(cli, ['workflow', 'show', '--address', testTemporalAddress(), '--workflow-id', workflowId, '--output', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    writeFileSync(join(HISTORY_FIXTURES, `${name}.json`), JSON.stringify({ workflowId, history: JSON.parse(json) }));
  }
}

export function loadHistoryFixtures(): { name: string; workflowId: string; history: unknown }[] {
  return readdirSync(HISTORY_FIXTURES)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const { workflowId, history } = JSON.parse(readFileSync(join(HISTORY_FIXTURES, file), 'utf8')) as { workflowId: string; history: unknown };
      return { name: file.replace(/\.json$/, ''), workflowId, history };
    });
}
