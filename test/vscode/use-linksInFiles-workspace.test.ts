// The workspace: Check Links in Workspace (files.exclude, search.exclude and .gitignore respected,
// binary files and files over the size limit skipped; the problems stay for files that are not
// open, and for a file that was opened and closed again), the built-in search used when
// ripgrep is not there, Find in Workspace, and the note the Delete / Pause confirmations show.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SEED } from '../fake-api/server';
import type { Link } from '../../src/api/schemas';
import { usageNoteFor } from '../../src/linkUsages/findUsages';
import type { Services } from '../../src/services';
import { calls, run, useDemoAccount } from './demoAccount';
import { waitFor } from './helpers';
import { closeEditors, openFile, problems, shareUrl, workspaceFolder } from './linksInFiles';

const L = SEED.links;

interface CheckSummary {
  files: string[];
  usages: number;
  problems: number;
  completed: boolean;
}

describe('Links in files: the workspace check and Find in Workspace', () => {
  const api = useDemoAccount();
  const folder = workspaceFolder('links-check');
  const name = path.basename(folder.dir);
  const rel = (file: string) => `${name}/${file}`;
  /** The files of this test's folder (the workspace may hold others). */
  const ours = (files: string[]) => files.filter((file) => file.startsWith(`${name}/`));
  let readme: vscode.Uri;

  before(async () => {
    readme = folder.write('README.md', `# Demo\n\nTalk: ${shareUrl(L.paused)}\nOld: ${L.expiredByDate}\n`);
    folder.write('site/index.html', `<a href="${shareUrl(L.otherActive)}">Front desk</a>\n`);
    folder.write('.env', `LINK_ID=${L.expiredByUses}\nFINE=${L.activeUnlimited}\n`);
    folder.write('.gitignore', 'ignored.md\n');
    folder.write('ignored.md', `${shareUrl(L.paused)}\n`);
    folder.write('image.bin', Buffer.concat([Buffer.from(`${L.paused}\n`), Buffer.from([0, 1, 2, 0])]));
    folder.write('skipped/notes.md', `${shareUrl(L.paused)}\n`);
    folder.write('big.txt', `${L.paused}\n${'x'.repeat(3000)}\n`);
    const config = vscode.workspace.getConfiguration();
    await config.update('files.exclude', { [`**/${name}/skipped`]: true }, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('agenthuman').update('linksInEditor.maxFileSizeKB', 2, vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await closeEditors();
    await vscode.workspace.getConfiguration().update('files.exclude', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('agenthuman').update('linksInEditor.maxFileSizeKB', undefined, vscode.ConfigurationTarget.Global);
    folder.remove();
  });

  it('checks every file it should, and the problems stay in the Problems view for files that are not open', async () => {
    const summary = await run<CheckSummary>('agenthuman.checkWorkspaceLinks');
    assert.ok(summary?.completed);
    assert.deepEqual(ours(summary.files), [rel('.env'), rel('README.md'), rel('site/index.html')]);
    assert.ok(summary.usages >= 5 && summary.problems >= 4, JSON.stringify(summary));
    assert.deepEqual(calls(api()), [], 'the states come from the list already loaded');
    assert.deepEqual(problems(readme).map(([code]) => code), ['paused', 'expired']);
    assert.deepEqual(problems(folder.uri('site/index.html')).map(([code]) => code), ['notInAccount']);
    assert.deepEqual(problems(folder.uri('.env')).map(([code]) => code), ['usedUp']);
    for (const file of ['ignored.md', 'image.bin', 'skipped/notes.md', 'big.txt']) assert.deepEqual(problems(folder.uri(file)), [], `${file} was checked`);
  });

  it('they follow the list, and a file opened and closed keeps them', async () => {
    await run('agenthuman.resumeLink', L.paused);
    await waitFor(() => problems(readme).map(([code]) => code).join() === 'expired', 'the resumed link\'s problem to go');
    await openFile(readme);
    await waitFor(() => problems(readme).length === 1, 'the open file\'s own problems');
    await closeEditors();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepEqual(problems(readme).map(([code]) => code), ['expired'], 'the check\'s problems of a closed file went');
  });

  it('without ripgrep, the built-in search finds the same (it cannot read .gitignore)', async () => {
    const summary = await run<CheckSummary>('agenthuman.checkWorkspaceLinks', { builtin: true });
    assert.deepEqual(ours(summary?.files ?? []), [rel('.env'), rel('ignored.md'), rel('README.md'), rel('site/index.html')]);
  });

  it('Find in Workspace gives every file and line using a link, and opens the Search view on it', async () => {
    const locations = await run<vscode.Location[]>('agenthuman.findLinkInWorkspace', L.paused);
    assert.deepEqual(locations.map((l) => [vscode.workspace.asRelativePath(l.uri), l.range.start.line, l.range.start.character]), [[rel('README.md'), 2, 6]]);
    assert.deepEqual(await run<vscode.Location[]>('agenthuman.findLinkInWorkspace', L.activeLimited), [], 'a link used nowhere');
    await run('workbench.action.closeSidebar');
  });

  it('the note of the Delete and Pause confirmations: where each link is used, or nothing', async () => {
    const services = { store: { links: [] }, log: { warn: () => undefined } } as unknown as Services;
    const link = (id: string, linkName: string) => ({ link_id: id, name: linkName, url: shareUrl(id) }) as Link;
    assert.equal(await usageNoteFor(services, [link(L.expiredByDate, 'Launch week')]), `It is used in this workspace, in ${rel('README.md')}.`);
    assert.equal(await usageNoteFor(services, [link(L.activeLimited, 'Spring campaign')]), undefined);
    assert.equal(
      await usageNoteFor(services, [link(L.expiredByDate, 'Launch week'), link(L.expiredByUses, 'Workshop seats')]),
      `Used in this workspace: “Launch week” in ${rel('README.md')}; “Workshop seats” in ${rel('.env')}.`,
    );
    assert.equal(await usageNoteFor(services, [link(L.expiredByDate, 'Launch week')], 0), undefined, 'out of time: nothing is said');
  });
});
