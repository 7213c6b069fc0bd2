// What the Delete and Pause confirmations add when a link is used in the workspace: "It is used
// in 3 files in this workspace: README.md, docs/setup.md and site/index.html." Pure: no
// `vscode` import. File paths are the workspace's own, made inert all the same.
import { inertText } from '../text/inertText';
import { fileCount } from '../text/counts';
import { t } from '../text/translate';

export interface UsedLink {
  /** The link's display name in quotes: quotedLinkName. */
  quotedName: string;
  /** Where it is used, relative to the workspace folder, in order. */
  files: readonly string[];
}

const LISTED = 3;

/** "README.md", "README.md and docs/a.md", "a, b, c and 4 more". */
export function fileList(files: readonly string[]): string {
  const shown = files.slice(0, LISTED).map((file) => inertText(file));
  const more = files.length - shown.length;
  if (more > 0) return t('{0} and {1} more', shown.join(', '), more);
  if (shown.length === 1) return shown[0];
  return t('{0} and {1}', shown.slice(0, -1).join(', '), shown[shown.length - 1]);
}

/**
 * The sentence for the confirmation, or undefined when no link of it is used.
 * @param count how many links the action is about (one: "It is used…"; several: each by name)
 */
export function usageNote(used: readonly UsedLink[], count: number): string | undefined {
  const inUse = used.filter((link) => link.files.length > 0);
  if (!inUse.length) return undefined;
  if (count === 1) {
    const { files } = inUse[0];
    return files.length === 1
      ? t('It is used in this workspace, in {0}.', fileList(files))
      : t('It is used in {0} in this workspace: {1}.', fileCount(files.length), fileList(files));
  }
  const where = (files: readonly string[]) => (files.length === 1 ? t('in {0}', fileList(files)) : t('in {0} ({1})', fileCount(files.length), fileList(files)));
  return t('Used in this workspace: {0}.', inUse.map((link) => `${link.quotedName} ${where(link.files)}`).join('; '));
}
