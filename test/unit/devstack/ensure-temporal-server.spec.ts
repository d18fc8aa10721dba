// scripts/ensure-temporal-server.mjs run as a real child process with a fake `go`, like ensure-temporal.spec.ts: the
// lookup order, both `go install` builds (the schema tool renamed from go's `sql`) and the copy of the schemas.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, '..', '..', '..', 'scripts', 'ensure-temporal-server.mjs');
const VERSION = 'v1.30.8';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ensure-temporal-server-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function executable(path: string, body = 'exit 0'): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

function ensure(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [SCRIPT], {
    env: { HOME: join(root, 'home'), XDG_CACHE_HOME: join(root, 'cache'), PATH: join(root, 'empty-bin'), ...env },
    encoding: 'utf8',
  });
  return { status: result.status, lastLine: result.stdout.trim().split('\n').pop(), stderr: result.stderr };
}

const cacheDir = () => join(root, 'cache', 'auditflow', `temporal-server-${VERSION}`);

describe('ensure-temporal-server', () => {
  it('builds the server and temporal-sql-tool at the pinned version and copies the PostgreSQL schemas', () => {
    const moduleDir = join(root, 'modcache', 'server');
    mkdirSync(join(moduleDir, 'schema', 'postgresql', 'v12', 'temporal', 'versioned', 'v1.0'), { recursive: true });
    writeFileSync(join(moduleDir, 'schema', 'postgresql', 'v12', 'temporal', 'versioned', 'v1.0', 'manifest.json'), '{}');
    const argsFile = join(root, 'go-args');
    // go install names the binary after the package directory; `go mod download -json` names the module's directory.
    const fakeGo = [
      'PATH=/usr/bin:/bin',
      `echo "$@" >> ${argsFile}`,
      `if [ "$1" = mod ]; then echo '{"Dir": "${moduleDir}"}'; exit 0; fi`,
      'name=$(basename "${2%@*}")',
      'printf \'#!/bin/sh\\n\' > "$GOBIN/$name"',
      'chmod +x "$GOBIN/$name"',
    ].join('\n');
    executable(join(root, 'bin', 'go'), fakeGo);

    const result = ensure({ PATH: join(root, 'bin') });

    expect(result).toMatchObject({ status: 0, lastLine: cacheDir() });
    expect(readFileSync(argsFile, 'utf8').trim().split('\n')).toEqual([
      `install go.temporal.io/server/cmd/server@${VERSION}`,
      `install go.temporal.io/server/cmd/tools/sql@${VERSION}`,
      `mod download -json go.temporal.io/server@${VERSION}`,
    ]);
    expect(existsSync(join(cacheDir(), 'server'))).toBe(true);
    expect(existsSync(join(cacheDir(), 'temporal-sql-tool'))).toBe(true);
    expect(existsSync(join(cacheDir(), 'schema', 'postgresql', 'v12', 'temporal', 'versioned', 'v1.0', 'manifest.json'))).toBe(true);
    // A second run finds everything in the cache and builds nothing.
    rmSync(argsFile);
    expect(ensure({ PATH: join(root, 'bin') })).toMatchObject({ status: 0, lastLine: cacheDir() });
    expect(existsSync(argsFile)).toBe(false);
  });

  it('fails naming what TEMPORAL_SERVER_DIR lacks, without building', () => {
    executable(join(root, 'given', 'server'));
    const result = ensure({ TEMPORAL_SERVER_DIR: join(root, 'given') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`TEMPORAL_SERVER_DIR=${join(root, 'given')} lacks executable temporal-sql-tool, schema/postgresql/v12/`);
  });

  it('tells how to build by hand when Go is missing', () => {
    const result = ensure({});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`GOBIN=${cacheDir()} go install go.temporal.io/server/cmd/server@${VERSION}`);
  });
});
