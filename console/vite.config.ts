import { defineConfig, loadEnv } from 'vite';
import vue from '@vitejs/plugin-vue';

// The build is served by the gateway at /console/ (same origin as the API). The dev server serves at / so that its
// login callback is http://localhost:5173/callback, the URI auth-server registers for it, and forwards /api to the
// gateway, so the pages call the API same-origin in both cases.
export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, '.', '');
  return {
    base: command === 'build' ? '/console/' : '/',
    plugins: [vue()],
    server: {
      host: '127.0.0.1',
      port: 5173,
      strictPort: true,
      proxy: {
        '/api': { target: env.CONSOLE_GATEWAY_URL || 'http://127.0.0.1:8080', changeOrigin: false },
      },
    },
    build: {
      // Rollup's own split: the entry holds the login and the shell, each page is its own chunk with the Element
      // Plus components only it uses (a manual element-plus chunk pulled the list page's table and date picker into
      // the shell's download).
      outDir: 'dist',
      // Read by scripts/check-budget.mjs: which chunks the entry, the login and each area's pages load.
      manifest: true,
    },
    test: {
      include: ['src/**/*.test.ts', 'scripts/**/*.test.mjs'],
      environment: 'node',
    },
  };
});
