// docker/docker-compose.yml cannot be started here (no Docker daemon): these checks catch what would only fail on
// `docker compose up`: a misspelt variable, a missing one, a build target or mounted file that does not exist, a
// Temporal server variable the configuration template needs but nobody sets.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configSchema } from '@auditflow/config';
import { AUDIT_SEARCH_ATTRIBUTES } from '@auditflow/domain';
import { ComposeService, DOCKER_DIR, dockerfileStages, interpolate, isOperatorInput, loadCompose } from './compose-files';

type Role = 'api' | 'worker' | 'migrate';

/**
 * What each process cannot run without in a container. DATABASE_URL and SMTP_URL have no default (the image has no
 * local fallback), PUBLIC_URL's default (localhost) would put dead links in mails, TEMPORAL_ADDRESS's (127.0.0.1)
 * points at the container itself, and Prometheus scrapes the worker on WORKER_METRICS_PORT (unset: off).
 */
const REQUIRED_BY_ROLE: Record<Role, string[]> = {
  migrate: ['DATABASE_URL'],
  api: ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SMTP_URL', 'PUBLIC_URL', 'PORT'],
  worker: ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SMTP_URL', 'PUBLIC_URL', 'WORKER_METRICS_PORT'],
};

const compose = loadCompose();
const services = Object.entries(compose.services);
/** Auditflow's own processes: the runtime stage of docker/Dockerfile, started as api, worker or migrate. */
const auditflow = services.filter(([, service]) => service.build?.target === 'runtime');
const roleOf = (service: ComposeService): Role => service.command![0] as Role;
const environmentOf = (service: ComposeService): Record<string, string> =>
  Object.fromEntries(Object.entries(service.environment ?? {}).map(([name, value]) => [name, value === null ? '' : String(value)]));
/** Read by Node itself, not by libs/config (the heap limits of the worker and the API). */
const NODE_RUNTIME_VARIABLES = new Set(['NODE_OPTIONS']);

/** Set to something: a literal, a non-empty default, or a value compose refuses to start without. */
const isSet = (value: string | undefined): boolean => value !== undefined && interpolate(value, 'given').trim() !== '';

describe('docker-compose.yml', () => {
  it('runs two workers, two APIs on two ports and the migration job, all from the runtime stage', () => {
    const byRole = (role: Role) => auditflow.filter(([, service]) => roleOf(service) === role).map(([name]) => name).sort();
    expect(byRole('worker')).toEqual(['worker-1', 'worker-2']);
    expect(byRole('api')).toEqual(['api-1', 'api-2']);
    expect(byRole('migrate')).toEqual(['migrate']);
    const hostPorts = byRole('api').map((name) => compose.services[name]!.ports![0]!.split(':')[0]);
    expect(new Set(hostPorts).size).toBe(2);
  });

  it('sets only variables libs/config declares, each with a value its rule accepts', () => {
    const declared = new Set(Object.keys(configSchema.shape));
    const problems: string[] = [];
    for (const [name, service] of auditflow) {
      for (const [variable, value] of Object.entries(environmentOf(service))) {
        if (NODE_RUNTIME_VARIABLES.has(variable)) continue;
        if (!declared.has(variable)) {
          problems.push(`${name}: ${variable} is not declared in configSchema`);
          continue;
        }
        if (isOperatorInput(value)) continue;
        const filled = interpolate(value, 'secret');
        if (filled === '') continue; // empty counts as unset (loadConfig)
        const parsed = configSchema.shape[variable as keyof typeof configSchema.shape].safeParse(filled);
        if (!parsed.success) problems.push(`${name}: ${variable}=${filled} is refused: ${parsed.error.issues[0]?.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("sets every variable each process's role cannot run without", () => {
    const missing = auditflow.flatMap(([name, service]) => {
      const environment = environmentOf(service);
      return REQUIRED_BY_ROLE[roleOf(service)].filter((variable) => !isSet(environment[variable])).map((variable) => `${name}: ${variable}`);
    });
    expect(missing).toEqual([]);
    // The list names real variables, none of them with a default that would do in a container.
    for (const variable of Object.values(REQUIRED_BY_ROLE).flat()) expect(Object.keys(configSchema.shape)).toContain(variable);
  });

  it('points the APIs and workers at the same Temporal namespace and task queue the namespace job prepares', () => {
    const namespaceJob = environmentOf(compose.services['temporal-namespace']!);
    const clients = auditflow.filter(([, service]) => roleOf(service) !== 'migrate').map(([, service]) => environmentOf(service));
    expect(new Set(clients.map((environment) => `${environment.TEMPORAL_NAMESPACE} ${environment.TEMPORAL_TASK_QUEUE}`)).size).toBe(1);
    expect(clients[0]!.TEMPORAL_NAMESPACE).toBe(namespaceJob.TEMPORAL_NAMESPACE);
  });

  it("registers exactly libs/domain's search attributes", () => {
    const listed = environmentOf(compose.services['temporal-namespace']!).AUDIT_SEARCH_ATTRIBUTES!.split(/\s+/).filter(Boolean);
    expect(Object.fromEntries(listed.map((entry) => entry.split('=') as [string, string]))).toEqual(AUDIT_SEARCH_ATTRIBUTES);
  });

  it('builds only targets docker/Dockerfile has, and runs only scripts their stage copies in', () => {
    const stages = dockerfileStages();
    const problems: string[] = [];
    for (const [name, service] of services) {
      const target = service.build?.target;
      if (!service.build) continue;
      expect({ name, dockerfile: existsSync(resolve(DOCKER_DIR, service.build.context ?? '.', service.build.dockerfile ?? 'Dockerfile')) }).toEqual({ name, dockerfile: true });
      if (!target || !stages.has(target)) {
        problems.push(`${name}: build target ${target} is not a stage (stages: ${[...stages.keys()].join(', ')})`);
        continue;
      }
      const script = service.entrypoint?.find((part) => part.endsWith('.sh'));
      if (script && !stages.get(target)!.some((copy) => copy.includes(script.split('/').pop()!))) problems.push(`${name}: ${script} is not copied into ${target}`);
    }
    expect(problems).toEqual([]);
  });

  it('copies into the images only files the repository has', () => {
    const sources = [...dockerfileStages().values()]
      .flat()
      .filter((copy) => !/--from=/.test(copy))
      .flatMap((copy) => copy.replace(/^COPY\s+(--\S+\s+)*/i, '').trim().split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(5);
    expect(sources.filter((source) => !existsSync(join(DOCKER_DIR, '..', source)))).toEqual([]);
    // The build context admits what the Temporal stages copy.
    expect(readFileSync(join(DOCKER_DIR, 'Dockerfile.dockerignore'), 'utf8')).toContain('!docker/temporal-server/**');
  });

  it('mounts only files and directories the repository has', () => {
    const mounts = services.flatMap(([name, service]) => (service.volumes ?? []).map((volume) => ({ name, source: volume.split(':')[0]! })));
    const fromRepository = mounts.filter(({ source }) => source.startsWith('.') || source.startsWith('/'));
    expect(fromRepository.length).toBeGreaterThan(0);
    expect(fromRepository.filter(({ source }) => !existsSync(resolve(DOCKER_DIR, source)))).toEqual([]);
  });

  it('gives the Temporal server every variable its configuration template needs, and none it does not read', () => {
    const template = readFileSync(join(DOCKER_DIR, 'temporal-server', 'auditflow.yaml'), 'utf8');
    const variablesIn = (text: string) => new Set([...text.matchAll(/env\s+"(TEMPORAL_\w+)"/g)].map((match) => match[1]!));
    const read = variablesIn(template);
    expect(read.size).toBeGreaterThan(10);
    const environment = environmentOf(compose.services.temporal!);
    // A section switched on by a variable (`{{- if env "X" }} ... {{- end }}`, e.g. mTLS) needs its variables only when X is set.
    const sections = [...template.matchAll(/\{\{-?\s*if\s+env\s+"(TEMPORAL_\w+)"\s*-?\}\}([\s\S]*?)\{\{-?\s*end\s*-?\}\}/g)];
    const unconditional = variablesIn(sections.reduce((text, [section]) => text.replace(section, ''), template));
    const needed = [...unconditional, ...sections.filter(([, guard]) => isSet(environment[guard!])).flatMap(([, , body]) => [...variablesIn(body!)])];
    const defaulted = new Set([...template.matchAll(/default\s+"[^"]*"\s+\(env\s+"(TEMPORAL_\w+)"\)/g)].map((match) => match[1]!));
    const set = Object.keys(environment).filter((variable) => variable.startsWith('TEMPORAL_'));
    expect(needed.filter((variable) => !defaulted.has(variable) && !isSet(environment[variable]))).toEqual([]);
    expect(set.filter((variable) => !read.has(variable))).toEqual([]);
    // The template's defaults suit a process on the host (127.0.0.1, PostgreSQL without a password), not a container.
    for (const variable of ['TEMPORAL_DB_HOST', 'TEMPORAL_DB_USER', 'TEMPORAL_DB_PASSWORD', 'TEMPORAL_BIND_IP']) expect({ variable, set: isSet(environment[variable]) }).toEqual({ variable, set: true });
    // The schema job prepares the databases the server uses.
    const schemaJob = environmentOf(compose.services['temporal-schema']!);
    expect([schemaJob.TEMPORAL_DB_NAME, schemaJob.TEMPORAL_VISIBILITY_DB_NAME]).toEqual([environment.TEMPORAL_DB_NAME, environment.TEMPORAL_VISIBILITY_DB_NAME]);
  });

  it('starts each process only after what it needs: schema, server, namespace, migration', () => {
    const dependsOn = (name: string) => Object.keys(compose.services[name]!.depends_on ?? {});
    expect(dependsOn('temporal')).toContain('temporal-schema');
    expect(dependsOn('temporal-namespace')).toContain('temporal');
    for (const [name] of auditflow.filter(([, service]) => roleOf(service) !== 'migrate')) expect({ name, after: dependsOn(name).sort() }).toEqual({ name, after: ['migrate', 'temporal-namespace'] });
  });

  it('keeps Prometheus and Grafana under the observability profile', () => {
    expect(compose.services.prometheus?.profiles).toEqual(['observability']);
    expect(compose.services.grafana?.profiles).toEqual(['observability']);
  });
});
