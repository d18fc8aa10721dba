import { temporalDevServerArgs } from '@auditflow/devstack';
import { AUDIT_SEARCH_ATTRIBUTES } from '@auditflow/domain';

const base = { cliPath: '/bin/temporal', port: 7233, logFile: '/tmp/t.log' };

function valuesOf(args: string[], flag: string): string[] {
  return args.flatMap((arg, index) => (arg === flag ? [args[index + 1]] : []));
}

describe('temporalDevServerArgs', () => {
  it('binds to 127.0.0.1 on the given port, in the default namespace, quietly', () => {
    const args = temporalDevServerArgs(base);
    expect(args.slice(0, 2)).toEqual(['server', 'start-dev']);
    expect(valuesOf(args, '--ip')).toEqual(['127.0.0.1']);
    expect(valuesOf(args, '--port')).toEqual(['7233']);
    expect(valuesOf(args, '--namespace')).toEqual(['default']);
    expect(valuesOf(args, '--log-level')).toEqual(['warn']);
  });

  it('registers every audit search attribute', () => {
    const registered = valuesOf(temporalDevServerArgs(base), '--search-attribute');
    expect(registered).toEqual(Object.entries(AUDIT_SEARCH_ATTRIBUTES).map(([name, type]) => `${name}=${type}`));
    expect(registered).toContain('AuditNextDueAt=Datetime');
  });

  it('runs in memory and headless unless a database file and a UI port are given', () => {
    const args = temporalDevServerArgs(base);
    expect(args).toContain('--headless');
    expect(args).not.toContain('--db-filename');
    expect(args).not.toContain('--ui-port');
  });

  it('persists to SQLite in WAL mode and serves the UI when asked', () => {
    const args = temporalDevServerArgs({ ...base, dbFile: '/data/temporal.db', uiPort: 8233 });
    expect(valuesOf(args, '--db-filename')).toEqual(['/data/temporal.db']);
    expect(valuesOf(args, '--sqlite-pragma')).toEqual(['journal_mode=wal', 'synchronous=normal']);
    expect(valuesOf(args, '--ui-port')).toEqual(['8233']);
    expect(args).not.toContain('--headless');
  });

  it('passes dynamic config values as JSON, so a test can have workflows continue as new early', () => {
    const args = temporalDevServerArgs({ ...base, dynamicConfig: { 'limit.historyCount.suggestContinueAsNew': 40, 'frontend.enableUpdateWorkflowExecution': true } });
    expect(valuesOf(args, '--dynamic-config-value')).toEqual(['limit.historyCount.suggestContinueAsNew=40', 'frontend.enableUpdateWorkflowExecution=true']);
  });
});
