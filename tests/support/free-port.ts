/** A loopback port nothing listens on, for a server a test starts (nginx, decap-server). */
import { createServer } from 'node:net';

export const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
