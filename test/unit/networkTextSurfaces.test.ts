// No text from the network becomes something it is not, on any surface a user reads: a
// link, agent or server text shaped like a Markdown command link, a codicon, or hiding behind
// bidi overrides, zero-width or control characters stays plain, readable text — in tree labels,
// tooltips, pickers, flow summaries, notifications, bulk summaries, the delete confirmation,
// links in files (problems, hover, quick fixes, the pause confirmation), the QR panel and the
// QR file name.
import * as assert from 'node:assert/strict';
import { AgentHumanError } from '../../src/api/errors';
import { briefReason, describeError } from '../../src/failures/describeError';
import { summarize } from '../../src/flows/createLink/createAnswers';
import { describeName } from '../../src/flows/editLink/editAnswers';
import { summarizeBulk } from '../../src/linkActions/bulkSummary';
import { DEFAULT_THRESHOLDS } from '../../src/attention/attention';
import { deleteConfirmation } from '../../src/linkActions/deleteConfirmation';
import { pauseConfirmation } from '../../src/linkActions/pauseConfirmation';
import { fixesFor } from '../../src/linkUsages/fixes';
import { hoverMarkdown } from '../../src/linkUsages/hoverText';
import { DEFAULT_PROBLEM_SEVERITY, stateOfLink } from '../../src/linkUsages/linkState';
import { problemsOf } from '../../src/linkUsages/problems';
import { findLinkUsages } from '../../src/linkUsages/recogniser';
import { linkDisplayName, linkPickItem, quotedLinkName } from '../../src/links/linkNames';
import { accessibilityLabel, linkLabel, tooltipMarkdown } from '../../src/linksView/linkPresentation';
import { groupLinks } from '../../src/linksView/viewOptions';
import { qrFileName } from '../../src/qr/qrFileName';
import { renderQrPanelHtml } from '../../src/qr/qrPanelHtml';
import { makeLink, NOW } from './support/linkFixture';

/** VS Code turns this into a clickable link in a notification (its parseLinkedText pattern). */
const LINKED = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
/** Bidi overrides and isolates, zero-width characters, the BOM, C0 controls but tab. */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const DISGUISE = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u2060\uFEFF\u061C\u0000-\u0008\u000B-\u001F\u007F]/;
const CODICON = /\$\(/;

const HOSTILE = '[Open docs](command:workbench.action.terminal.new) \u202Egnp.exe\u202C $(zap) zero\u200Bwidth \u0007bell\nnext line';
const link = makeLink({
  name: HOSTILE,
  url: 'https://app.agenthuman.com/s/lnk_test1?x=[a](command:evil)\u202E',
  agent: { ...makeLink().agent, name: HOSTILE, agent_id: 'agnt_1' },
});

function assertInert(text: string, where: string, { codicons = true } = {}): void {
  assert.doesNotMatch(text, LINKED, `${where} carries a clickable link: ${JSON.stringify(text)}`);
  assert.doesNotMatch(text, DISGUISE, `${where} carries a disguising character: ${JSON.stringify(text)}`);
  if (codicons) assert.doesNotMatch(text, CODICON, `${where} would draw an icon: ${JSON.stringify(text)}`);
}

describe('network text on every surface a user reads', () => {
  it('link names: tree label, messages, accessibility', () => {
    assertInert(linkLabel(link), 'the tree label');
    assertInert(linkDisplayName(link), 'the display name');
    assertInert(quotedLinkName(link), 'a quoted name');
    assertInert(accessibilityLabel(link, NOW, 'en'), 'the screen-reader label');
    assert.match(linkLabel(link), /Open docs\] \(command:/, 'still readable');
  });

  it('the tooltip (Markdown, not trusted): escaped, nothing hidden', () => {
    const tooltip = tooltipMarkdown(link, NOW, 'en', 'UTC');
    assertInert(tooltip, 'the tooltip', { codicons: false }); // `\$\(` is escaped Markdown, and theme icons are off there
    assert.doesNotMatch(tooltip, /(^|[^\\])\[/, 'an unescaped [ could open a link');
  });

  it('pickers and groups: name, agent, id, URL', () => {
    const item = linkPickItem(link, NOW);
    for (const [part, text] of Object.entries(item)) assertInert(text, `the picker's ${part}`);
    for (const group of groupLinks([link], 'agent', NOW) ?? []) assertInert(group.label, 'an agent group');
  });

  it('the flows: the create summary and the edit field list', () => {
    assertInert(summarize({ agent: { id: 'agnt_1', name: HOSTILE }, name: 'Mine' }, NOW, 'en').line, 'the create summary');
    assertInert(describeName(HOSTILE), 'the edit name field');
  });

  it('notifications: server messages, suggestions and codes', () => {
    const error = new AgentHumanError('invalidRequest', `PUT failed: ${HOSTILE}`, {
      status: 400, serverMessage: HOSTILE, suggestion: HOSTILE, code: HOSTILE,
    });
    assertInert(describeError(error, 'Could not save', 'api.agenthuman.com', NOW, 'en').message, 'an error notification');
    assertInert(describeError(new Error(HOSTILE), 'Could not save', 'api.agenthuman.com', NOW, 'en').message, 'an unexpected error');
    assertInert(briefReason(error, 'api.agenthuman.com', NOW, 'en'), 'a bulk failure reason');
    assertInert(summarizeBulk('pause', 2, [{ name: linkDisplayName(link), reason: briefReason(error, 'h', NOW, 'en') }]), 'a bulk summary');
    const agent = describeError(new AgentHumanError('notFound', 'x', { status: 404, serverMessage: HOSTILE }), 'Could not create', 'h', NOW, 'en', { agentId: 'agnt_1' });
    assertInert(agent.message, 'a refused agent');
  });

  it('the delete confirmation (a modal)', () => {
    for (const links of [[link], [link, { ...link, link_id: 'lnk_two' }]]) {
      const { message, detail } = deleteConfirmation(links);
      assertInert(message, 'the confirmation');
      assertInert(detail, 'the confirmation detail');
    }
  });

  it('links in files: problems, the hover, the quick fixes, the Pause confirmation', () => {
    const paused = { ...link, status: 'paused' as const };
    const state = stateOfLink(paused, DEFAULT_THRESHOLDS, NOW);
    for (const { message } of problemsOf(findLinkUsages(paused.link_id), () => state, DEFAULT_PROBLEM_SEVERITY, NOW, 'en')) assertInert(message, 'a problem');
    const hover = hoverMarkdown(paused.link_id, state, { hasKey: true, thresholds: DEFAULT_THRESHOLDS, now: NOW, language: 'en' });
    assertInert(hover.replace(/\]\(command:agenthuman\.[\w]+(\?[^)]*)?\)/g, ']'), 'the hover', { codicons: false });
    for (const fix of fixesFor({ kind: 'paused', link: paused }, NOW, 'en')) assertInert(fix.title, 'a quick fix');
    const { message, detail } = pauseConfirmation([paused], 'It is used in this workspace, in README.md.');
    assertInert(message, 'the pause confirmation');
    assertInert(detail, 'the pause confirmation detail');
  });

  it('the QR panel and the file it saves', () => {
    const html = renderQrPanelHtml({ cspSource: 'vscode-resource:', name: linkDisplayName(link), url: link.url, svg: '<svg/>', nonce: 'n', language: 'en' });
    assert.doesNotMatch(html, /<script>|javascript:/i);
    assert.doesNotMatch(html.replace(/<script nonce[\s\S]*?<\/script>/, ''), DISGUISE);
    const file = qrFileName(link, 'png');
    assert.doesNotMatch(file, DISGUISE, `the file name ${JSON.stringify(file)}`);
    assert.doesNotMatch(file, /[/\\:*?"<>|]/);
  });
});
