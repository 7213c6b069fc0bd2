// The expiry prompt of Create Link (step 3) and Edit Link (the Expiry field): a pick of Never,
// the presets and Custom…, and the Custom… input, checked as the user types. Back from the
// input returns to the pick. No `vscode` import here.
import { BACK, ButtonPress, CANCEL, type PromptItem } from '../../wizard/prompter';
import type { StepContext } from '../../wizard/wizard';
import { type ExpiryChoice, expiryFormats, expiryPresets, parseExpiry, resolveExpiry, sameExpiry } from '../inputs/expiryInput';
import { formatLocalDateTime } from '../../text/time';
import { t } from '../../text/translate';

const CUSTOM = 'custom';

export interface ExpiryPromptOptions {
  /** Editing: a past date is allowed, with a warning. */
  allowPast: boolean;
  /** VS Code's display language, for the dates shown. */
  language: string;
  placeholder?: string;
  neverLabel?: string;
  /** The Custom… input's text when nothing was typed yet (the link's current expiry). */
  customPrefill?: string;
}

export type ExpiryAnswer = { choice: ExpiryChoice; typed?: string };

/**
 * Resolves the chosen expiry (with the text typed for Custom…), or BACK / CANCEL.
 * @param current highlighted in the pick
 * @param typed the Custom… text typed before (prefilled, and shown next to Custom…)
 */
export async function promptExpiry(
  context: Pick<StepContext, 'pick' | 'input'>,
  current: ExpiryChoice | undefined,
  typed: string | undefined,
  clock: () => number,
  options: ExpiryPromptOptions,
): Promise<ExpiryAnswer | typeof BACK | typeof CANCEL> {
  for (;;) {
    const items: PromptItem<ExpiryChoice | typeof CUSTOM>[] = [
      { label: options.neverLabel ?? t('Never'), description: t('no expiry date'), value: { kind: 'never' } },
      ...expiryPresets().map((preset) => ({ label: preset.label, description: presetDescription(preset.choice, clock(), options.language), value: preset.choice })),
      { label: t('Custom…'), description: typed ?? t('a date, a date and time, or 3d / 12h / 90m / 2w'), value: CUSTOM },
    ];
    const picked = await context.pick({
      placeholder: options.placeholder ?? t('When should the link stop working?'),
      items,
      active: (value) => (value === CUSTOM ? typed !== undefined : typed === undefined && sameExpiry(value, current)),
    });
    if (picked === BACK || picked === CANCEL) return picked;
    if (picked instanceof ButtonPress) continue;
    if (picked !== CUSTOM) return { choice: picked };
    const entered = await context.input({
      canGoBack: true, // back to the list
      value: typed ?? options.customPrefill ?? '',
      prompt: t('Expiry: {0}', expiryFormats()),
      placeholder: t('e.g. 2025-12-31, 2025-12-31T18:00, 3d, 12h'),
      validate: (text) => {
        const parsed = parseExpiry(text, clock(), options.language, { allowPast: options.allowPast });
        return parsed.ok ? { message: parsed.message, severity: parsed.severity } : parsed.message;
      },
    });
    if (entered === CANCEL) return CANCEL;
    if (entered === BACK || entered instanceof ButtonPress) continue;
    const parsed = parseExpiry(entered, clock(), options.language, { allowPast: options.allowPast });
    if (parsed.ok) return { choice: parsed.choice, typed: entered.trim() };
    typed = entered.trim();
  }
}

function presetDescription(choice: ExpiryChoice, now: number, language: string): string | undefined {
  const at = resolveExpiry(choice, now);
  return at === null ? undefined : t('until {0}', formatLocalDateTime(at, language));
}
