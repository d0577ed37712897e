// A relative path, not the package name: Vite bundles relative imports of its config, while it leaves
// package imports to Node, which cannot load TypeScript on Node 20.
import { createAppViteConfig } from '../../packages/ui/vite.ts';

export default createAppViteConfig({ portEnv: 'PORTAL_PORT', defaultPort: 5173 });
