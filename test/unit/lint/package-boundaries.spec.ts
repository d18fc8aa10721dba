import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '@auditflow/devstack';

// The ESLint CLI with only the package-boundaries rule (scripts/eslint/package-boundaries.config.mjs).
const ESLINT = join(REPO_ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
const CONFIG = join(REPO_ROOT, 'scripts', 'eslint', 'package-boundaries.config.mjs');
const RULE = 'auditflow/package-boundaries';

interface LintMessage {
  ruleId: string | null;
  line: number;
  message: string;
}

function lint(args: string[], stdin?: string): { messages: LintMessage[]; files: number } {
  const run = spawnSync(process.execPath, [ESLINT, '--config', CONFIG, '--format', 'json', ...args], { cwd: REPO_ROOT, input: stdin, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint exited with ${run.status}: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  // Only this rule's findings: the other rules' disable comments name rules this config does not load.
  const messages = results.flatMap((result) => result.messages).filter((message) => message.ruleId === RULE || message.ruleId === null);
  return { messages, files: results.length };
}

const lintAs = (file: string, code: string) => lint(['--stdin', '--stdin-filename', file], code).messages;

describe('package boundaries', () => {
  it('hold across the whole tree: no import climbs into another package or past its exports map', () => {
    const { messages, files } = lint(['.']);
    expect(files).toBeGreaterThan(300);
    expect(messages).toEqual([]);
  });

  it('reject a relative import that climbs into another package, naming the package to import instead', () => {
    const messages = lintAs('test/unit/example.spec.ts', "import { Rejection } from '../../libs/domain/src/rejection';\nexport const used = Rejection;\n");
    expect(messages).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining("import '@auditflow/domain' by name instead") })]);
    const fromApi = lintAs('apps/api/src/example.ts', "import { enforce } from '../../../workflows/shared/failures';\nexport const used = enforce;\n");
    expect(fromApi).toEqual([expect.objectContaining({ message: expect.stringContaining('@auditflow/workflows') })]);
  });

  it('reject a deep import past a package’s exports map, and a package that does not exist', () => {
    const messages = lintAs('apps/worker/src/example.ts', "import { enforce } from '@auditflow/workflows/shared/failures';\nimport { x } from '@auditflow/nothing';\nexport const used = [enforce, x];\n");
    expect(messages.map((message) => message.message)).toEqual([
      expect.stringContaining('not a public entry point of @auditflow/workflows (its exports map lists: ., ./client)'),
      expect.stringContaining('no workspace package is named @auditflow/nothing'),
    ]);
  });

  it('accept imports by name, listed subpaths and relative imports inside one package', () => {
    const code = "import { Rejection } from '@auditflow/domain';\nimport { actionUpdate } from '@auditflow/workflows/client';\nimport { enforce } from './shared/failures';\nexport const used = [Rejection, actionUpdate, enforce];\n";
    expect(lintAs('workflows/example.ts', code)).toEqual([]);
  });
});
