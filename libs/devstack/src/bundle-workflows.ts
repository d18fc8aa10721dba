import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { newestMtime } from './newest-mtime';

/**
 * Bundles workflows/ once so workers start without webpack (Docker images, integration tests).
 * From dist/ it bundles the compiled JavaScript; under ts-jest it bundles the TypeScript sources.
 */
export async function bundleWorkflows(outFile: string): Promise<string> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('../../../workflows'),
    logger: new DefaultLogger('WARN'),
  });
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
