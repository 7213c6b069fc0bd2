/**
 * Hand-written hostile servers on 127.0.0.1 for what the fake AgentHuman server cannot do:
 * endless or huge bodies, raw header bytes, answers that lie about their size. Each records
 * the requests it got and when the client closed its connections.
 */
import * as http from 'node:http';
import * as net from 'node:net';

export interface HostileRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface HostileServer {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  readonly requests: HostileRequest[];
  /** Connections accepted, and how many of them are closed by now. */
  readonly connections: { opened: number; closed: number };
  close(): Promise<void>;
}

/** An HTTP server whose every answer is written by `handler`. */
export function startHostileServer(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<HostileServer> {
  const requests: HostileRequest[] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers });
    req.resume();
    handler(req, res);
  });
  return listen(server, requests);
}

/**
 * A server below HTTP: after the request head (and a Content-Length body) it writes
 * `reply(request)` byte for byte and closes the connection; no header checks at all.
 */
export function startRawServer(reply: (request: HostileRequest) => string | Buffer): Promise<HostileServer> {
  const requests: HostileRequest[] = [];
  const server = net.createServer((socket) => {
    let buffered = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf('\r\n\r\n');
      if (end < 0) return;
      const [line, ...fields] = buffered.subarray(0, end).toString('latin1').split('\r\n');
      const headers: http.IncomingHttpHeaders = {};
      for (const field of fields) {
        const colon = field.indexOf(':');
        headers[field.slice(0, colon).trim().toLowerCase()] = field.slice(colon + 1).trim();
      }
      if (buffered.length < end + 4 + Number(headers['content-length'] ?? 0)) return;
      const [method, path] = line.split(' ');
      const request = { method, path, headers };
      requests.push(request);
      socket.removeAllListeners('data');
      socket.end(reply(request));
    });
    socket.on('error', () => undefined);
  });
  return listen(server, requests);
}

async function listen(server: net.Server, requests: HostileRequest[]): Promise<HostileServer> {
  const connections = { opened: 0, closed: 0 };
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    connections.opened++;
    sockets.add(socket);
    socket.on('close', () => {
      connections.closed++;
      sockets.delete(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Writes `chunk` to `res` as fast as the client reads it, until the connection closes.
 * Returns how many bytes were written so far.
 */
export function streamForever(res: http.ServerResponse, chunk = Buffer.alloc(64 * 1024, '[')): () => number {
  let written = 0;
  const pump = () => {
    while (!res.destroyed) {
      written += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
  };
  res.on('error', () => undefined);
  pump();
  return () => written;
}
