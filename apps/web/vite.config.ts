import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Workspace packages resolve to their TypeScript sources, as for tsc and Jest ('...' keeps Vite's own conditions).
// In development (`npm run dev -w @auditflow/web`) the API of `npm start` answers everything but the app itself.
const API = process.env.AUDITFLOW_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@auditflow/source', 'module', 'browser', 'development|production'] },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: Object.fromEntries(['/auth', '/me', '/tasks', '/audits', '/programmes', '/auditors', '/findings', '/corrective-actions', '/people', '/tokens', '/docs'].map((path) => [path, { target: API, bypass: (request) => (request.headers.accept?.includes('text/html') ? '/index.html' : undefined) }])),
  },
});
