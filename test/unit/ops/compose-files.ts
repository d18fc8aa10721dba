// Reading the deployment files of docker/ for the ops tests: compose (with its YAML merge keys), the Dockerfile's
// stages, and compose's variable interpolation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load, mergeTag } from 'js-yaml';
import { REPO_ROOT } from '@auditflow/devstack';

export const DOCKER_DIR = join(REPO_ROOT, 'docker');

export interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string; target?: string };
  command?: string[];
  entrypoint?: string[];
  environment?: Record<string, string | number | boolean | null>;
  volumes?: string[];
  ports?: string[];
  profiles?: string[];
  depends_on?: Record<string, { condition: string }> | string[];
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
}

/** A YAML file of docker/, merge keys (`<<: *anchor`) resolved as Docker Compose resolves them. */
export function loadYaml<T>(relativePath: string): T {
  return load(readFileSync(join(DOCKER_DIR, relativePath), 'utf8'), { schema: CORE_SCHEMA.withTags(mergeTag) }) as T;
}

export const loadCompose = (): ComposeFile => loadYaml<ComposeFile>('docker-compose.yml');

/** The Dockerfile's stages by name (`FROM image AS name`), each with its COPY lines. */
export function dockerfileStages(): Map<string, string[]> {
  const stages = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of readFileSync(join(DOCKER_DIR, 'Dockerfile'), 'utf8').split('\n')) {
    const from = /^FROM\s+\S+\s+AS\s+(\S+)/i.exec(line);
    if (from) stages.set(from[1]!, (current = []));
    else if (/^COPY\s/i.test(line)) current?.push(line);
  }
  return stages;
}

const INTERPOLATION = /\$\{(\w+)(?:(:?[-?])([^}]*))?\}/g;

/** How compose fills a value in: `${NAME:-default}` with the default, `${NAME:?message}` (required) with `required`. */
export function interpolate(value: string, required: string): string {
  return value.replace(INTERPOLATION, (_match, _name: string, operator: string | undefined, argument: string | undefined) =>
    operator?.endsWith('?') ? required : operator?.endsWith('-') ? (argument ?? '') : '',
  );
}

/** A value that is nothing but one required interpolation (`${SMTP_URL:?...}`): what the operator gives. */
export const isOperatorInput = (value: string): boolean => /^\$\{\w+:?\?[^}]*\}$/.test(value);
