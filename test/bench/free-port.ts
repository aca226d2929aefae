/** Finding a free local TCP port for a server that must be told its port up front. */
import { createServer } from 'node:net';

/**
 * A port on 127.0.0.1 that was free a moment ago: the OS picks it for a throw-away listener, which
 * is closed before returning. Another process could take it in between; on this single-user bench
 * machine that race is accepted rather than worked around.
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}
