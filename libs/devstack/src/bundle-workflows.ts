import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { newestMtime } from './newest-mtime';

/** The export condition that names a workspace package's TypeScript sources (see tsconfig.base.json); `...` keeps webpack's own. */
const SOURCE_CONDITION = '@auditflow/source';

/**
 * The workflow bundle's code. Compiled, it bundles the packages' compiled JavaScript; under Jest, which resolves the
 * packages to their TypeScript sources, it bundles those sources, so a test never runs a stale build. `moduleAliases`
 * (absolute module path, or an import ending in `$`, → replacement file) swaps a module for another, as a test of a
 * workflow change does.
 */
export async function workflowBundleCode(options: { moduleAliases?: Record<string, string> } = {}): Promise<string> {
  const workflowsPath = require.resolve('@auditflow/workflows');
  const fromSources = workflowsPath.endsWith('.ts');
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    // Tracing is in every bundle: the worker drops its spans unless OTEL_EXPORTER_OTLP_ENDPOINT is set.
    workflowInterceptorModules: [join(dirname(workflowsPath), 'tracing-interceptors')],
    logger: new DefaultLogger('WARN'),
    webpackConfigHook: (config) => ({
      ...config,
      resolve: {
        ...config.resolve,
        ...(fromSources ? { conditionNames: [SOURCE_CONDITION, '...'] } : {}),
        ...(options.moduleAliases ? { alias: { ...(config.resolve?.alias as Record<string, string | false>), ...options.moduleAliases } } : {}),
      },
    }),
  });
  return code;
}

/** Bundles @auditflow/workflows into `outFile` so workers start without webpack (Docker images, `npm start`, the tests). */
export async function bundleWorkflows(outFile: string): Promise<string> {
  const code = await workflowBundleCode();
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, code);
  return outFile;
}

/** Rebundles into `outFile` only when something under `inputs` changed since it was written. */
export async function ensureWorkflowBundle(outFile: string, inputs: string[]): Promise<{ file: string; rebuilt: boolean }> {
  const builtAt = newestMtime(outFile);
  if (builtAt > 0 && inputs.every((input) => newestMtime(input) <= builtAt)) return { file: outFile, rebuilt: false };
  return { file: await bundleWorkflows(outFile), rebuilt: true };
}

if (require.main === module) {
  const outFile = resolve(process.argv[2] ?? 'dist/workflow-bundle.js');
  bundleWorkflows(outFile).then(
    (file) => console.log(`workflow bundle written to ${file}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
