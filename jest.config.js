/* global module, __dirname */
// Two projects: fast unit tests, and integration/e2e tests against a real Temporal dev server and PostgreSQL
// that test/setup/global-setup.ts starts once per run. Type-checking is `npm run typecheck`, not Jest's job.
const tsJestOptions = { tsconfig: '<rootDir>/tsconfig.jest.json' };
const tsJest = ['ts-jest', tsJestOptions];
// NestJS 12, the OpenID libraries and file-type (with its tokenizers) ship ES modules only. Node runs them through require(esm); Jest on Node 20
// cannot, so they are compiled to CommonJS for the tests (test/setup/esm-to-commonjs.mjs: ts-jest, with `import.meta` replaced).
const ESM_ONLY = ['@nestjs/common', '@nestjs/core', '@nestjs/platform-express', '@nestjs/swagger', '@nestjs/mapped-types', '@nestjs/terminus', '@nestjs/typeorm', 'jose', 'openid-client', 'oauth4webapi', 'file-type', 'strtok3', 'token-types', 'uint8array-extras', '@tokenizer/inflate', '@borewit/text-codec'];
const transform = { '^.+\\.ts$': tsJest, [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: ['<rootDir>/test/setup/esm-to-commonjs.mjs', tsJestOptions] };
const transformIgnorePatterns = [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`];
// The workspace packages (@auditflow/*) resolve to their TypeScript sources under this export condition, so the
// tests never run a stale build. Test files get it from Jest's resolver; the global setup runs on Node's own
// resolver, which takes it from the command line: `npm test` starts Jest with --conditions.
const SOURCE_CONDITION = '@auditflow/source';
if (!process.execArgv.includes(`--conditions=${SOURCE_CONDITION}`) && !(process.env.NODE_OPTIONS ?? '').includes(`--conditions=${SOURCE_CONDITION}`)) {
  throw new Error(`Run the tests with \`npm test [-- <jest arguments>]\` (or node --conditions=${SOURCE_CONDITION} node_modules/jest/bin/jest.js)`);
}
const testEnvironmentOptions = { customExportConditions: [SOURCE_CONDITION, 'node', 'node-addons'] };
const common = { rootDir: __dirname, testEnvironment: 'node', testEnvironmentOptions, transform, transformIgnorePatterns, moduleFileExtensions: ['ts', 'js', 'json'] };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.spec.ts', '<rootDir>/test/e2e/**/*.spec.ts', '<rootDir>/test/cluster/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/setup/integration-timeout.ts'],
      slowTestThreshold: 30,
    },
  ],
};
