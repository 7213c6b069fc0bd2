// Counted things in the user's language: "1 link", "3 links". One message per form, the form
// picked by `count === 1`, as VS Code's own messages do (right for English and German; see
// translate.ts). No `vscode` import here.
import { t } from './translate';

/** "1 link", "3 links". */
export function linkCount(count: number): string {
  return count === 1 ? t('1 link') : t('{0} links', count);
}

/** "1 file", "3 files". */
export function fileCount(count: number): string {
  return count === 1 ? t('1 file') : t('{0} files', count);
}

/** "1 problem", "3 problems". */
export function problemCount(count: number): string {
  return count === 1 ? t('1 problem') : t('{0} problems', count);
}
