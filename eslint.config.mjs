// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import packageBoundaries from './scripts/eslint/package-boundaries.mjs';

const nodeBuiltins = builtinModules.flatMap((name) => [name, `node:${name}`]);

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', '.data/**', 'test/.tmp/**', 'coverage/**', 'test/fixtures/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // Other packages are reached by name, through their exports map (scripts/eslint/package-boundaries.mjs).
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    plugins: { auditflow: { rules: { 'package-boundaries': packageBoundaries } } },
    rules: { 'auditflow/package-boundaries': 'error' },
  },
  {
    // Workflow code is replayed: it must stay deterministic, so no I/O, no Node APIs, no framework code.
    files: ['workflows/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'Workflows are deterministic: no Node built-ins. Do this in an activity.' })),
            {
              name: '@auditflow/domain',
              message: "Import '@auditflow/domain/workflow': every workflow evaluates what it imports again, and the main entry builds every view schema.",
            },
          ],
          patterns: [
            { group: ['@nestjs/*'], message: 'Workflows must not depend on NestJS.' },
            { group: ['typeorm', 'typeorm/*', 'pg', 'pg/*', 'nodemailer', 'nodemailer/*'], message: 'I/O belongs in activities/.' },
            { group: ['@auditflow/activities', '@auditflow/activities/*'], allowTypeImports: true, message: 'Workflows reach activities through proxyActivities only (type imports are fine).' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', fetch: 'readonly' } },
  },
);
