// The shape of an AgentHuman API key: `ah_live_<random>` or `ah_test_<random>`. The docs
// describe a 32-character random part but show 28-character examples, so the check is
// lenient about the length. No `vscode` import here.
import { t } from '../text/translate';

const PREFIX = /^ah_(live|test)_/;
const RANDOM_PART = /^[A-Za-z0-9]+$/;
export const MIN_RANDOM_LENGTH = 16;
export const MAX_RANDOM_LENGTH = 128;

export function normalizeApiKey(input: string): string {
  return input.trim();
}

/** A message that says what is wrong with a typed key, or undefined when it looks right. */
export function validateApiKeyFormat(input: string): string | undefined {
  const key = normalizeApiKey(input);
  if (!key) return t('Paste your AgentHuman API key (it starts with ah_live_ or ah_test_).');
  if (/\s/.test(key)) return t('The key must not contain spaces or line breaks.');
  if (!PREFIX.test(key)) {
    return key.startsWith('ah_')
      ? t('An AgentHuman key starts with ah_live_ or ah_test_.')
      : t('This does not look like an AgentHuman API key: it should start with ah_live_ or ah_test_.');
  }
  const random = key.replace(PREFIX, '');
  if (!RANDOM_PART.test(random)) return t('After the ah_live_ / ah_test_ prefix a key has only letters and digits.');
  if (random.length < MIN_RANDOM_LENGTH) {
    return t('The key looks cut short: {0} characters after the prefix, expected about 32.', random.length);
  }
  if (random.length > MAX_RANDOM_LENGTH) return t('The key is too long: was something pasted with it?');
  return undefined;
}

/** `ah_test_…9f3k`: enough to tell keys apart in a message, never the key itself. */
export function maskApiKey(key: string): string {
  const match = PREFIX.exec(key);
  return `${match ? match[0] : ''}…${key.slice(-4)}`;
}
