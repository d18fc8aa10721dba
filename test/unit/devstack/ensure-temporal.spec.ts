// scripts/ensure-temporal.mjs is run as a real child process with a controlled PATH, HOME and cache, using
// fake `temporal` and `go` executables, so the lookup order and the build step are tested end to end.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, '..', '..', '..', 'scripts', 'ensure-temporal.mjs');
const VERSION = 'v1.5.1';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ensure-temporal-'));
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
  const lastLine = result.stdout.trim().split('\n').pop();
  return { status: result.status, lastLine, stderr: result.stderr };
}

const cached = () => join(root, 'cache', 'auditflow', `temporal-${VERSION}`, 'temporal');

describe('ensure-temporal', () => {
  it('prefers TEMPORAL_CLI_PATH over PATH and the cache', () => {
    const explicit = executable(join(root, 'explicit', 'temporal'));
    executable(join(root, 'bin', 'temporal'));
    executable(cached());
    const result = ensure({ TEMPORAL_CLI_PATH: explicit, PATH: join(root, 'bin') });
    expect(result).toMatchObject({ status: 0, lastLine: explicit });
  });

  it('fails clearly when TEMPORAL_CLI_PATH does not exist, without falling back', () => {
    executable(join(root, 'bin', 'temporal'));
    const result = ensure({ TEMPORAL_CLI_PATH: join(root, 'missing'), PATH: join(root, 'bin') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`TEMPORAL_CLI_PATH=${join(root, 'missing')} is not an executable file`);
  });

  it('uses a temporal on PATH before the cache', () => {
    const onPath = executable(join(root, 'bin', 'temporal'));
    executable(cached());
    expect(ensure({ PATH: join(root, 'bin') })).toMatchObject({ status: 0, lastLine: onPath });
  });

  it('uses the cache under XDG_CACHE_HOME', () => {
    executable(cached());
    expect(ensure({})).toMatchObject({ status: 0, lastLine: cached() });
  });

  it('falls back to ~/.cache when XDG_CACHE_HOME is unset', () => {
    const home = executable(join(root, 'home', '.cache', 'auditflow', `temporal-${VERSION}`, 'temporal'));
    expect(ensure({ XDG_CACHE_HOME: '' })).toMatchObject({ status: 0, lastLine: home });
  });

  it('builds the pinned version with go install into the cache when nothing is found', () => {
    const argsFile = join(root, 'go-args');
    executable(join(root, 'bin', 'go'), `PATH=/usr/bin:/bin\necho "$@" > ${argsFile}\nprintf '#!/bin/sh\\n' > "$GOBIN/temporal"\nchmod +x "$GOBIN/temporal"`);
    const result = ensure({ PATH: join(root, 'bin') });
    expect(result).toMatchObject({ status: 0, lastLine: cached() });
    expect(readFileSync(argsFile, 'utf8').trim()).toBe(`install github.com/temporalio/cli/cmd/temporal@${VERSION}`);
    expect(existsSync(cached())).toBe(true);
    expect(result.stderr).toContain(`Building the Temporal CLI ${VERSION}`);
  });

  it('reports the exact go error when the build fails', () => {
    executable(join(root, 'bin', 'go'), 'echo "go: module lookup disabled by GOPROXY=off" >&2\nexit 1');
    const result = ensure({ PATH: join(root, 'bin') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('exit code 1');
    expect(result.stderr).toContain('go: module lookup disabled by GOPROXY=off');
    expect(existsSync(cached())).toBe(false);
  });

  it('says that Go is missing when it has to build', () => {
    const result = ensure({});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Go is not on PATH');
    expect(result.stderr).toContain(`go install github.com/temporalio/cli/cmd/temporal@${VERSION}`);
  });
});
