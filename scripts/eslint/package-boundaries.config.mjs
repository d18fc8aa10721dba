// ESLint config that runs only the package-boundaries rule, without type information: quick enough for `npm test`
// to check the whole tree (test/unit/lint/package-boundaries.spec.ts). `npm run lint` runs it with everything else.
import tseslint from 'typescript-eslint';
import packageBoundaries from './package-boundaries.mjs';

export default [
  { ignores: ['**/dist/**', 'node_modules/**', '.data/**', 'test/.tmp/**', 'coverage/**', 'test/fixtures/**'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    languageOptions: { parser: tseslint.parser },
    plugins: { auditflow: { rules: { 'package-boundaries': packageBoundaries } } },
    rules: { 'auditflow/package-boundaries': 'error' },
  },
];
