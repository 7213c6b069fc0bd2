// Where the API key may be sent: the configured host, over HTTPS, or plain HTTP only to
// a loopback IP address (a local test server), never a name such as localhost. No `vscode` import here.
import { t } from '../text/translate';
import { AgentHumanError } from './errors';

export const DEFAULT_API_BASE_URL = 'https://api.agenthuman.com';

/**
 * True only for an IP-literal loopback address: 127.0.0.0/8, ::1, or an IPv4-mapped
 * ::ffff:127.x.y.z (dotted, or in the hex form Node's URL normalises it to,
 * ::ffff:7f00:1). Never for a name: `localhost` and `*.localhost` are looked up through
 * the resolver (hosts file, DNS), which may send the key to another machine.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === '::1') return true;
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) return v4[1] === '127' && v4.slice(2).every((n) => Number(n) <= 255);
  const mapped = /^::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}$/.exec(host);
  return mapped !== null && parseInt(mapped[1], 16) >> 8 === 0x7f;
}

function isLocalhostName(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host.endsWith('.localhost');
}

/** Checks a configured base URL; a path prefix loses its trailing slash. */
export function parseApiBaseUrl(value: string): URL {
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AgentHumanError('badConfiguration', t('The API base URL "{0}" is not a valid URL.', text));
  }
  if (url.username || url.password) {
    throw new AgentHumanError('badConfiguration', t('The API base URL must not contain a user name or password.'));
  }
  if (url.search || url.hash) {
    throw new AgentHumanError('badConfiguration', t('The API base URL must not contain a query or fragment.'));
  }
  if (url.protocol === 'http:') {
    if (isLocalhostName(url.hostname)) {
      const address = `http://127.0.0.1${url.port ? `:${url.port}` : ''}`;
      throw new AgentHumanError(
        'badConfiguration',
        t('The API base URL "{0}" names the local machine by name, which is looked up through the resolver and could send the API key over plain HTTP to another machine. Use {1} (or https://) instead.', url.origin, address),
      );
    }
    if (!isLoopbackHost(url.hostname)) {
      throw new AgentHumanError(
        'badConfiguration',
        t('The API base URL must use https:// (plain http:// is allowed only for a loopback IP address such as 127.0.0.1), not "{0}".', url.origin),
      );
    }
  } else if (url.protocol !== 'https:') {
    throw new AgentHumanError('badConfiguration', t('The API base URL must use https://, not "{0}".', url.protocol));
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

/** "api.agenthuman.com" (with a port when it has one), for messages; the text itself when it is no URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
