// ts-jest for the packages that ship ES modules only (jest.config.js). Compiled to CommonJS they cannot keep
// `import.meta`, which NestJS 12 uses to build a `require` (createRequire(import.meta.url)), to resolve optional
// packages (import.meta.resolve) and to find its own files (import.meta.dirname): CommonJS has all of these already,
// so the module's own `require` is dropped and the rest is given its CommonJS equivalent before compiling.
import tsJestPackage from 'ts-jest';

const tsJest = tsJestPackage.default;

const FILE_URL = "require('node:url').pathToFileURL(__filename).href";
const RESOLVE = "((specifier) => require('node:url').pathToFileURL(require.resolve(specifier)).href)";
const OWN_REQUIRE = /^const require = createRequire\(import\.meta\.url\);$/gm;
const withoutImportMeta = (source) =>
  source
    .replace(OWN_REQUIRE, '')
    .replace(/\bimport\.meta\.url\b/g, FILE_URL)
    .replace(/\bimport\.meta\.resolve\b/g, RESOLVE)
    .replace(/\bimport\.meta\.dirname\b/g, '__dirname')
    .replace(/\bimport\.meta\.filename\b/g, '__filename');

export default {
  createTransformer(options) {
    const inner = tsJest.createTransformer(options);
    return {
      canInstrument: inner.canInstrument,
      getCacheKey: (source, path, transformOptions) => inner.getCacheKey(withoutImportMeta(source), path, transformOptions),
      process: (source, path, transformOptions) => inner.process(withoutImportMeta(source), path, transformOptions),
    };
  },
};
