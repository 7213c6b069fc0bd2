// The settings of links in files, as package.json declares them and the code reads them: one
// severity setting per kind of problem, with the same choices and defaults.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_PROBLEM_SEVERITY, PROBLEM_KINDS, PROBLEM_SEVERITIES } from '../../../src/linkUsages/linkState';

interface Setting {
  type: string;
  default: unknown;
  enum?: string[];
}
const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, Setting> } };
};
const settings = manifest.contributes.configuration.properties;

describe('the settings of links in files', () => {
  it('one severity setting per kind of problem, with the code\'s choices and defaults', () => {
    for (const kind of PROBLEM_KINDS) {
      const setting = settings[`agenthuman.linksInEditor.severity.${kind}`];
      assert.ok(setting, `no setting for ${kind}`);
      assert.deepEqual(setting.enum, [...PROBLEM_SEVERITIES]);
      assert.equal(setting.default, DEFAULT_PROBLEM_SEVERITY[kind]);
    }
    const declared = Object.keys(settings).filter((key) => key.startsWith('agenthuman.linksInEditor.severity.'));
    assert.equal(declared.length, PROBLEM_KINDS.length);
  });

  it('the feature can be turned off; the size limit has a floor', () => {
    assert.equal(settings['agenthuman.linksInEditor.enabled'].default, true);
    assert.equal(settings['agenthuman.linksInEditor.maxFileSizeKB'].type, 'integer');
  });

  it('activates when a document of the languages links are pasted in opens, never at start-up', () => {
    for (const language of ['markdown', 'html', 'javascriptreact', 'typescriptreact', 'yaml', 'dotenv']) {
      assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`), `no onLanguage:${language}`);
    }
    // Bare onLanguage, json, jsonc and plaintext fire at start-up (VS Code makes models of its
    // own in those languages): the extension would start with every window. Once active, links
    // are recognised in those files too.
    for (const eager of ['*', 'onStartupFinished', 'onLanguage', 'onLanguage:json', 'onLanguage:jsonc', 'onLanguage:plaintext']) {
      assert.ok(!manifest.activationEvents.includes(eager), `activates on ${eager}`);
    }
  });
});
