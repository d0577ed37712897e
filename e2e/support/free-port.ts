import { createServer } from 'node:net';

/** Asks the OS for a port nobody is listening on. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not determine a free port'));
      });
    });
  });
}

/** Three distinct free ports: API, admin app, portal. */
export async function findSuitePorts(): Promise<{ apiPort: number; adminPort: number; portalPort: number }> {
  const ports = new Set<number>();
  while (ports.size < 3) ports.add(await findFreePort());
  const [apiPort = 0, adminPort = 0, portalPort = 0] = ports;
  return { apiPort, adminPort, portalPort };
}
