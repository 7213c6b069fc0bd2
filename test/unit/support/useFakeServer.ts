// Mocha hooks for a describe block that talks to the fake server: started once (demo seed),
// reset before each test (seed data, request log, faults), closed after the block.
//   const server = useFakeServer();  // then server().requests, server().links(), ...
import { type FakeServer, startFakeServer } from '../../fake-api/server';

export function useFakeServer(): () => FakeServer {
  let server: FakeServer | undefined;
  before(async () => {
    server = await startFakeServer({ seed: 'demo' });
  });
  after(() => server?.close());
  beforeEach(() => server?.reset());
  return () => {
    if (!server) throw new Error('useFakeServer() must be called inside describe');
    return server;
  };
}
