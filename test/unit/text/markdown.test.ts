// Markdown made inert where it is rendered (src/text/markdown.ts).
import * as assert from 'node:assert/strict';
import { escapeMarkdown } from '../../../src/text/markdown';

describe('Markdown escaping', () => {
  it('a <script> tag stays text', () => {
    assert.equal(escapeMarkdown('<script>alert(1)</script>'), '\\<script\\>alert\\(1\\)\\<\\/script\\>');
  });
  it('a Markdown link to javascript: cannot form', () => {
    const escaped = escapeMarkdown('[x](javascript:alert(1))');
    assert.equal(escaped, '\\[x\\]\\(javascript\\:alert\\(1\\)\\)');
    assert.doesNotMatch(escaped, /(^|[^\\])\[/);
  });
  it('emphasis, code spans, entities and images cannot form', () => {
    assert.equal(escapeMarkdown('*bold* _it_ `code` &amp; ![i](x)'), '\\*bold\\* \\_it\\_ \\`code\\` \\&amp\\; \\!\\[i\\]\\(x\\)');
  });
  it('a backslash is itself escaped, so it cannot undo the next escape', () => {
    assert.equal(escapeMarkdown('a\\*b'), 'a\\\\\\*b');
  });
  it('line breaks and indentation collapse to one space (no heading, list or code block)', () => {
    assert.equal(escapeMarkdown('line\n# Heading\r\n    code\u0007'), 'line \\# Heading code');
  });
  it('plain names are unchanged', () => {
    assert.equal(escapeMarkdown('Spring promo 2026'), 'Spring promo 2026');
  });
});
