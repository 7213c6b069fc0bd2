// Where the API key may be sent: the configured host, over HTTPS, or plain HTTP only to
// a loopback address (a local test server). No `vscode` import here.
import { AgentHumanError } from './errors';

export const DEFAULT_API_BASE_URL = 'https://api.agenthuman.com';

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1') return true;
  if (/^127(\.\d{1,3}){3}$/.test(host)) return host.split('.').every((n) => Number(n) <= 255);
  return /^::ffff:127(\.\d{1,3}){3}$/.test(host);
}

/** Checks a configured base URL; a path prefix loses its trailing slash. */
export function parseApiBaseUrl(value: string): URL {
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AgentHumanError('badConfiguration', `The API base URL "${text}" is not a valid URL.`);
  }
  if (url.username || url.password) {
    throw new AgentHumanError('badConfiguration', 'The API base URL must not contain a user name or password.');
  }
  if (url.search || url.hash) {
    throw new AgentHumanError('badConfiguration', 'The API base URL must not contain a query or fragment.');
  }
  if (url.protocol === 'http:') {
    if (!isLoopbackHost(url.hostname)) {
      throw new AgentHumanError(
        'badConfiguration',
        `The API base URL must use https:// (plain http:// is allowed only for a loopback address), not "${url.origin}".`,
      );
    }
  } else if (url.protocol !== 'https:') {
    throw new AgentHumanError('badConfiguration', `The API base URL must use https://, not "${url.protocol}".`);
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}
