// A small HTTP proxy for tests, listening on loopback: it forwards absolute-URI requests
// (`GET http://host:port/path`), the form a client uses for http through a proxy. (https goes
// through a proxy as a CONNECT tunnel, which this proxy does not offer: the fake API is plain
// http.) Every request it forwards is logged and carries a `Via` header naming this proxy, so a
// server behind it can tell a proxied request from one that came to it directly.
//
// It runs in a process of its own (startTestProxy forks this file): inside VS Code's extension
// host, the http module is patched to follow `http.proxy`, so a proxy running there would send
// its own upstream requests to itself.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  method: string;
  /** the absolute URL */
  target: string;
}

export interface TestProxy {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** the Via header value added to every forwarded request */
  readonly via: string;
  /** every request forwarded so far, in order */
  readonly log: ProxiedRequest[];
  close(): Promise<void>;
}

type Message = { listening: number } | { proxied: ProxiedRequest };

/** Starts the proxy in a child process; resolves once it listens. */
export function startTestProxy(): Promise<TestProxy> {
  const via = `1.1 agenthuman-test-proxy-${randomUUID()}`;
  const child = fork(__filename, [], { env: { ...process.env, AGENTHUMAN_TEST_PROXY_VIA: via }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const log: ProxiedRequest[] = [];
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the test proxy exited (${code}) before listening`)));
    child.on('message', (message: Message) => {
      if ('proxied' in message) {
        log.push(message.proxied);
        return;
      }
      resolve({
        url: `http://127.0.0.1:${message.listening}`,
        via,
        log,
        close: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill();
          }),
      });
    });
  });
}

/** The proxy itself (the forked process). */
function serve(via: string): void {
  const report = (proxied: ProxiedRequest) => process.send?.({ proxied } satisfies Message);
  const server = http.createServer((req, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('this proxy forwards absolute-URI requests only');
      return;
    }
    report({ method: req.method ?? 'GET', target: target.href });
    const headers: http.OutgoingHttpHeaders = { ...req.headers, via };
    delete headers['proxy-connection'];
    const upstream = http.request(
      { host: target.hostname, port: target.port || 80, method: req.method, path: `${target.pathname}${target.search}`, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.listen(0, '127.0.0.1', () => process.send?.({ listening: (server.address() as AddressInfo).port } satisfies Message));
  process.on('disconnect', () => process.exit(0));
}

if (require.main === module && process.env.AGENTHUMAN_TEST_PROXY_VIA) serve(process.env.AGENTHUMAN_TEST_PROXY_VIA);
