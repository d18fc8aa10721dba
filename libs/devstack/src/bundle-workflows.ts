import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';

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
