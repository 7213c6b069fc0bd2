// The locale dates, durations and numbers are written for, from VS Code's display language
// (`vscode.env.language`: "en", "de", "zh-cn", "pt-br"…). The language is an input like the
// clock: the extension passes `vscode.env.language`, tests pass "en" or "de". No `vscode` import.

/**
 * VS Code's English ("en") names no region. The extension's English has always written dates
 * day first with a 24-hour clock ("Tue, 21 Jan 2025, 14:05"), which is British English in Intl
 * (Intl's bare "en" is American: "Jan 21, 2025, 2:05 PM").
 */
const ENGLISH = 'en-GB';

const resolved = new Map<string, string>();

/** The BCP 47 tag for Intl: "zh-cn" → "zh-CN", "en" → "en-GB"; anything unusable → English. */
export function intlLocale(language: string): string {
  let locale = resolved.get(language);
  if (locale === undefined) {
    locale = language.toLowerCase() === 'en' ? ENGLISH : canonical(language);
    resolved.set(language, locale);
  }
  return locale;
}

function canonical(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? ENGLISH;
  } catch {
    return ENGLISH; // not a language tag at all
  }
}

/** "5,000" ("5.000"): a count written for the language. */
export function formatCount(count: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 0 }).format(count);
}

/** "90%" ("90 %"): a share written as a percentage, whole numbers. */
export function formatPercent(ratio: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}
