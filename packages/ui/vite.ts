import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

export type AppViteConfigOptions = {
  /** Environment variable that overrides the port, so the whole suite can run on free ports. */
  portEnv: string;
  defaultPort: number;
};

/** The Vite config both apps share: a fixed port, `/api` proxied to the gateway, and cache-friendly chunks. */
export function createAppViteConfig({ portEnv, defaultPort }: AppViteConfigOptions): UserConfig {
  const port = Number(process.env[portEnv] ?? defaultPort);
  const apiTarget = process.env.API_PROXY_TARGET ?? 'http://localhost:8000';
  const serveOptions = () => ({
    port,
    strictPort: true,
    proxy: { '/api': { target: apiTarget, changeOrigin: true } },
  });

  return defineConfig({
    plugins: [react()],
    server: serveOptions(),
    preview: serveOptions(),
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      rolldownOptions: {
        output: {
          // Libraries change less often than the app: separate chunks stay cached across releases.
          codeSplitting: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
              { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
              // Charts load with the pages that draw them, not with every page.
              { name: 'charts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
              { name: 'vendor', test: /node_modules[\\/]/ },
            ],
          },
        },
      },
    },
  });
}
