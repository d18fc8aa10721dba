import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// Workspace packages resolve to their TypeScript sources, as for tsc and Jest, before Vite's own conditions.
// In development (`npm run dev -w @auditflow/web`) the API of `npm start` answers everything but the app itself.
const API = process.env.AUDITFLOW_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@auditflow/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // zod's sources carry pure-call annotations Rollup cannot place; harmless, and not ours to fix.
      onwarn: (warning, warn) => (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules') ? undefined : warn(warning)),
    },
  },
  server: {
    proxy: Object.fromEntries(['/auth', '/me', '/tasks', '/audits', '/programmes', '/auditors', '/findings', '/corrective-actions', '/people', '/tokens', '/docs'].map((path) => [path, { target: API, bypass: (request) => (request.headers.accept?.includes('text/html') ? '/index.html' : undefined) }])),
  },
});
