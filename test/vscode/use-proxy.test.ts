// Behind a proxy: with `http.proxy` set, the extension's requests (node-fetch, over Node's http
// module, which VS Code patches in the extension host) go through that proxy, and none goes
// to the API directly.
//
// The fake API listens on 127.0.0.2, not 127.0.0.1: VS Code sends requests to localhost,
// 127.0.0.1 and ::1 directly whatever the proxy settings (@vscode/proxy-agent), while any other
// address, 127.0.0.2 included, follows them. The extension accepts plain http to 127.0.0.2 (a
// loopback IP literal). Not covered: https, which goes through a proxy as a CONNECT tunnel (VS
// Code patches Node's https module as it patches http); the fake API has no certificate the
// extension host would trust.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startTestProxy, type TestProxy } from '../proxy/proxy';
import { hideSideBar, run, setKey } from './demoAccount';
import { startFakeApi, type FakeApi } from './helpers';

const PROXY_SETTING = 'proxy';

async function setHttpProxy(url: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('http').update(PROXY_SETTING, url, vscode.ConfigurationTarget.Global);
}

describe('behind a proxy (http.proxy)', () => {
  let proxy: TestProxy | undefined;
  let api: FakeApi | undefined;

  before(async () => {
    await hideSideBar();
    proxy = await startTestProxy();
    api = await startFakeApi('demo', '127.0.0.2');
    await setHttpProxy(proxy.url);
    await setKey(api.apiKey);
  });

  after(async () => {
    await setHttpProxy(undefined);
    await api?.stop();
    await proxy?.close();
  });

  it('loads the links through the proxy, and nothing reaches the API directly', async () => {
    assert.ok(api && proxy);
    assert.equal(vscode.workspace.getConfiguration('http').get('proxySupport'), 'override', 'http.proxySupport is not its default');
    api.clearRequests();
    proxy.log.length = 0;

    assert.equal(await run('agenthuman.refresh'), true, 'the links did not load');

    const forwarded = proxy.log.map((r) => `${r.method} ${r.target}`);
    assert.ok(forwarded.includes(`GET ${api.url}/v1/links`), `the proxy did not forward the list request (it forwarded: ${forwarded.join(', ') || 'nothing'})`);
    const direct = api.requests.filter((r) => r.headers.via !== proxy?.via).map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(direct, [], 'requests reached the API without going through the proxy');
    assert.equal(api.requests.length, proxy.log.length, 'the API received requests the proxy did not forward, or the reverse');
    assert.ok(api.requests.every((r) => r.account === 'demo'), 'the key did not arrive through the proxy');
  });
});
