// Counting words: "1 link", "3 links". English plural rules (Intl.PluralRules, so the
// choice of form is the platform's). No `vscode` import here.

const rules = new Intl.PluralRules('en');

/** The form for `count`: `plural(1, 'link', 'links')` is "link". */
export function pluralForm(count: number, one: string, other: string): string {
  return rules.select(count) === 'one' ? one : other;
}

/** "1 link", "3 links"; `other` defaults to `one` + "s". */
export function plural(count: number, one: string, other = `${one}s`): string {
  return `${count} ${pluralForm(count, one, other)}`;
}
