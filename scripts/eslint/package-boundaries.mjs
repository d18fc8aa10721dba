// ESLint rule: code reaches another workspace package only by its name (@auditflow/...), and only through a path
// that package's `exports` map lists. A relative import that climbs out of its own package, or a deep import past a
// package's public surface, is an error. Packages are the folders with a package.json; the repository root (tests,
// benchmarks, scripts) is one too.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const manifests = new Map();

const isFolder = (path) => existsSync(path) && statSync(path).isDirectory();

function manifestAt(dir) {
  if (!manifests.has(dir)) manifests.set(dir, existsSync(join(dir, 'package.json')) ? JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) : null);
  return manifests.get(dir);
}

/** The folder of the package that holds `path`: the nearest folder above it with a package.json. */
function packageDirOf(path) {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (manifestAt(dir)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The workspace package named `name`, found from the repository root's workspaces list. */
function workspaceNamed(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const manifest = manifestAt(dir);
    if (manifest?.workspaces) {
      const found = manifest.workspaces.map((workspace) => join(dir, workspace)).find((workspace) => manifestAt(workspace)?.name === name);
      return found && { dir: found, manifest: manifestAt(found) };
    }
    if (dirname(dir) === dir) return undefined;
  }
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Import other workspace packages by name, through their exports map only' },
    schema: [{ type: 'object', properties: { scope: { type: 'string' } }, additionalProperties: false }],
    messages: {
      climbsOut: "'{{specifier}}' reaches into {{target}}: import '{{name}}' by name instead.",
      notExported: "'{{specifier}}' is not a public entry point of {{name}} (its exports map lists: {{entries}}).",
      unknownPackage: "'{{specifier}}': no workspace package is named {{name}}.",
    },
  },
  create(context) {
    const scope = context.options[0]?.scope ?? '@auditflow';
    const file = context.filename;
    const ownDir = packageDirOf(file);

    function check(node) {
      const specifier = node?.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;
      if (!specifier) return;
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier);
        // A folder (`../workflows`) stands for its index file, which lies inside it.
        const targetPackageDir = packageDirOf(isFolder(target) ? join(target, 'index') : target);
        if (targetPackageDir && targetPackageDir !== ownDir) {
          const name = manifestAt(targetPackageDir).name;
          context.report({ node, messageId: 'climbsOut', data: { specifier, target: name, name } });
        }
        return;
      }
      if (!specifier.startsWith(`${scope}/`)) return;
      const [, packageName, ...subpath] = specifier.split('/');
      const name = `${scope}/${packageName}`;
      const workspace = workspaceNamed(name, ownDir ?? dirname(file));
      if (!workspace) return context.report({ node, messageId: 'unknownPackage', data: { specifier, name } });
      const entry = subpath.length ? `./${subpath.join('/')}` : '.';
      const exportsMap = workspace.manifest.exports ?? {};
      if (!(entry in exportsMap)) context.report({ node, messageId: 'notExported', data: { specifier, name, entries: Object.keys(exportsMap).join(', ') } });
    }

    const callee = (node) => (node.callee.type === 'Identifier' ? node.callee.name : node.callee.type === 'MemberExpression' ? `${node.callee.object.name}.${node.callee.property.name}` : '');
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      CallExpression: (node) => {
        if (['require', 'require.resolve', 'jest.mock'].includes(callee(node))) check(node.arguments[0]);
      },
    };
  },
};
