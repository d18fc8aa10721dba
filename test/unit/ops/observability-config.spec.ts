// Prometheus' alert rules and the Grafana dashboard are PromQL nobody runs here (no promtool, no Prometheus): these
// checks catch a misspelt metric or label, a scrape target compose does not have, a data source the dashboard lacks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@auditflow/devstack';
import { DOCKER_DIR, loadCompose, loadYaml } from './compose-files';

/** The worker's business metrics (counters with _total; the histogram's series), the API's, and Prometheus' own `up`. */
const WORKER_METRICS = [
  'auditflow_mails_sent_total',
  'auditflow_mails_failed_total',
  'auditflow_mail_retries_total',
  'auditflow_escalations_fired_total',
  'auditflow_timer_lateness_seconds_bucket',
  'auditflow_timer_lateness_seconds_sum',
  'auditflow_timer_lateness_seconds_count',
  'auditflow_open_tasks',
  'auditflow_overdue_tasks',
];
const API_METRICS = ['http_request_duration_seconds_bucket', 'http_request_duration_seconds_sum', 'http_request_duration_seconds_count'];
const KNOWN_METRICS = new Set([...WORKER_METRICS, ...API_METRICS, 'up']);
/** The Temporal SDK's metrics on the worker's endpoint all carry this prefix. */
const SDK_PREFIX = 'temporal_';
/** Labels of those metrics: theirs, the SDK's, the histogram bucket's, and the ones Prometheus adds to every target. */
const KNOWN_LABELS = new Set(['kind', 'rung', 'method', 'route', 'status_code', 'poller_type', 'worker_type', 'le', 'instance', 'job']);

const PROMQL_WORDS = new Set([
  ...['sum', 'max', 'min', 'avg', 'count', 'rate', 'irate', 'increase', 'delta', 'absent', 'histogram_quantile', 'clamp_min'],
  ...['by', 'without', 'or', 'and', 'unless', 'on', 'ignoring', 'bool', 'offset'],
]);

/** Metric names and grouping labels a PromQL expression uses. */
function promqlNames(expression: string): { metrics: string[]; labels: string[] } {
  const labels = [...expression.matchAll(/\b(?:by|without)\s*\(([^)]*)\)/g)].flatMap((match) => match[1]!.split(',').map((label) => label.trim()).filter(Boolean));
  const matcherLabels = [...expression.matchAll(/\{([^}]*)\}/g)].flatMap((match) => [...match[1]!.matchAll(/(\w+)\s*(?:=~|!~|!=|=)/g)].map((label) => label[1]!));
  const bare = expression
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\b(?:by|without)\s*\([^)]*\)/g, '');
  const metrics = [...bare.matchAll(/\b([a-zA-Z_:][a-zA-Z0-9_:]*)\b(?!\s*\()/g)].map((match) => match[1]!).filter((name) => !PROMQL_WORDS.has(name) && !/^\d/.test(name));
  return { metrics, labels: [...labels, ...matcherLabels] };
}

function unknownNames(expressions: string[]): string[] {
  const problems: string[] = [];
  for (const expression of expressions) {
    const { metrics, labels } = promqlNames(expression);
    for (const metric of metrics) if (!KNOWN_METRICS.has(metric) && !metric.startsWith(SDK_PREFIX)) problems.push(`${metric} in ${expression}`);
    for (const label of labels) if (!KNOWN_LABELS.has(label)) problems.push(`label ${label} in ${expression}`);
  }
  return problems;
}

interface AlertRules {
  groups: { name: string; rules: { alert: string; expr: string; for?: string; labels?: { severity?: string }; annotations?: { summary?: string } }[] }[];
}
interface Panel {
  type: string;
  title: string;
  datasource?: { uid: string };
  targets?: { expr: string }[];
}
interface PrometheusConfig {
  rule_files: string[];
  scrape_configs: { job_name: string; authorization?: { credentials_file?: string }; static_configs: { targets: string[] }[] }[];
}

const rules = loadYaml<AlertRules>('observability/prometheus/alerts.yml').groups.flatMap((group) => group.rules);
const dashboard = JSON.parse(readFileSync(join(DOCKER_DIR, 'observability', 'grafana', 'auditflow-dashboard.json'), 'utf8')) as { uid: string; panels: Panel[] };
const queries = dashboard.panels.flatMap((panel) => (panel.targets ?? []).map((target) => target.expr));
const prometheus = loadYaml<PrometheusConfig>('observability/prometheus/prometheus.yml');

describe('the PromQL detector', () => {
  it('finds the metrics and labels of an expression, and not its functions, matchers or ranges', () => {
    expect(promqlNames('histogram_quantile(0.99, sum by (le, kind) (rate(auditflow_timer_lateness_seconds_bucket{job="w"}[10m]))) > 60')).toEqual({
      metrics: ['auditflow_timer_lateness_seconds_bucket'],
      labels: ['le', 'kind', 'job'],
    });
    expect(unknownNames(['rate(auditflow_mail_failed_total[5m])', 'sum by (kinds) (up)'])).toEqual(['auditflow_mail_failed_total in rate(auditflow_mail_failed_total[5m])', 'label kinds in sum by (kinds) (up)']);
  });
});

describe('alert rules (docker/observability/prometheus/alerts.yml)', () => {
  it('alert on a worker that is down or not polling, failing mail, late timers and growing overdue work', () => {
    const byName = Object.fromEntries(rules.map((rule) => [rule.alert, rule]));
    expect(byName.AuditflowWorkerDown?.expr).toContain('up{job="auditflow-worker"} == 0');
    expect(byName.AuditflowNoWorkerPolling?.expr).toMatch(/temporal_num_pollers/);
    expect(byName.AuditflowMailFailing?.expr).toMatch(/rate\(auditflow_mails_failed_total\[10m\]\)\) > 0/);
    expect(byName.AuditflowTimersLate?.expr).toMatch(/histogram_quantile\(0\.99, .*auditflow_timer_lateness_seconds_bucket\[10m\].*> 60/);
    expect(byName.AuditflowOverdueGrowing?.expr).toMatch(/delta\(auditflow_overdue_tasks\[1h\]\)\) > 0/);
    expect(byName.AuditflowOverdueGrowing?.for).toBeDefined();
    for (const rule of rules) expect({ alert: rule.alert, severity: rule.labels?.severity, summary: Boolean(rule.annotations?.summary) }).toEqual({ alert: rule.alert, severity: expect.any(String), summary: true });
  });

  it('use only metrics and labels the API and the worker export', () => {
    expect(unknownNames(rules.map((rule) => rule.expr))).toEqual([]);
  });

  it('select jobs Prometheus scrapes', () => {
    const jobs = new Set(prometheus.scrape_configs.map((scrape) => scrape.job_name));
    const selected = rules.flatMap((rule) => [...rule.expr.matchAll(/job="([^"]+)"/g)].map((match) => match[1]!));
    expect(selected.length).toBeGreaterThan(0);
    expect(selected.filter((job) => !jobs.has(job))).toEqual([]);
  });
});

describe('Grafana dashboard (docker/observability/grafana/auditflow-dashboard.json)', () => {
  it('queries only metrics and labels the API and the worker export', () => {
    expect(queries.length).toBeGreaterThan(10);
    expect(unknownNames(queries)).toEqual([]);
  });

  it('shows every business metric of the worker and the API request durations', () => {
    const used = new Set(queries.flatMap((query) => promqlNames(query).metrics));
    const expected = [...WORKER_METRICS.filter((metric) => !/_(sum|count)$/.test(metric)), 'http_request_duration_seconds_bucket', 'http_request_duration_seconds_count'];
    expect(expected.filter((metric) => !used.has(metric))).toEqual([]);
  });

  it('reads from the data source Grafana is provisioned with, and is loaded from where compose mounts it', () => {
    const datasources = loadYaml<{ datasources: { uid: string; url: string }[] }>('observability/grafana/provisioning/datasources/prometheus.yml').datasources;
    const uids = new Set(datasources.map((datasource) => datasource.uid));
    const panelSources = dashboard.panels.filter((panel) => panel.type !== 'row').map((panel) => panel.datasource?.uid);
    expect(panelSources.filter((uid) => !uid || !uids.has(uid))).toEqual([]);
    const provider = loadYaml<{ providers: { options: { path: string } }[] }>('observability/grafana/provisioning/dashboards/auditflow.yml').providers[0]!;
    const mounted = (loadCompose().services.grafana?.volumes ?? []).map((volume) => volume.split(':')[1]!);
    expect(mounted).toContain(`${provider.options.path}/auditflow-dashboard.json`);
  });
});

describe('Prometheus (docker/observability/prometheus/prometheus.yml)', () => {
  const compose = loadCompose();
  const targetsOf = (job: string) => prometheus.scrape_configs.find((scrape) => scrape.job_name === job)!.static_configs.flatMap((config) => config.targets);

  it("scrapes every API on its PORT with the metrics token, and every worker on its WORKER_METRICS_PORT", () => {
    const byRole = (role: string) => Object.entries(compose.services).filter(([, service]) => service.build?.target === 'runtime' && service.command?.[0] === role);
    expect(targetsOf('auditflow-api').sort()).toEqual(byRole('api').map(([name, service]) => `${name}:${service.environment!.PORT}`).sort());
    expect(targetsOf('auditflow-worker').sort()).toEqual(byRole('worker').map(([name, service]) => `${name}:${service.environment!.WORKER_METRICS_PORT}`).sort());
    const token = prometheus.scrape_configs.find((scrape) => scrape.job_name === 'auditflow-api')!.authorization?.credentials_file;
    expect(token).toBe(`/run/secrets/${(compose.services.prometheus as { secrets?: string[] }).secrets![0]}`);
  });

  it("scrapes the Temporal server's metrics port and loads the alert rules compose mounts", () => {
    expect(targetsOf('temporal-server')).toEqual([`temporal:${compose.services.temporal!.environment!.TEMPORAL_METRICS_PORT}`]);
    const mounted = (compose.services.prometheus?.volumes ?? []).map((volume) => volume.split(':')[1]!);
    expect(prometheus.rule_files.filter((file) => !mounted.includes(file))).toEqual([]);
  });

  it("uses the API's label names for its request durations", () => {
    const source = readFileSync(join(REPO_ROOT, 'apps', 'api', 'src', 'observability', 'http-metrics.ts'), 'utf8');
    expect(source).toContain("name: 'http_request_duration_seconds'");
    const labelNames = /labelNames:\s*\[([^\]]*)\]/.exec(source)![1]!.match(/'(\w+)'/g)!.map((quoted) => quoted.slice(1, -1));
    expect(labelNames.sort()).toEqual(['method', 'route', 'status_code']);
  });
});
