// How much of a long list the Links view shows: the first page, and a "Show More" row after it
// that shows the next, as GitLens and GitHub Pull Requests page their views. VS Code draws a
// level of a tree only once the extension has handed it every item of that level, so an account
// of 5,000 links drawn whole waits for 5,000 items to be built, sent and laid out; a page of them
// draws in about the time of an empty view. The palette's link pickers (Copy Link, Edit Link…)
// still offer every link, and the counts, badge and filters still see the whole list.
// Pure: no `vscode` import.

/** Links shown at first in a list (the top level, or a group), and added by each "Show More". */
export const PAGE_SIZE = 200;

/** The list of the top level; a group's list is named by the group's id. */
export const TOP_LEVEL = '';

export interface Page<T> {
  readonly shown: readonly T[];
  /** How many follow the page, not shown. */
  readonly hidden: number;
}

/** The items of a list the view shows under `limit`, and how many it leaves out. */
export function pageOf<T>(items: readonly T[], limit: number): Page<T> {
  return items.length <= limit ? { shown: items, hidden: 0 } : { shown: items.slice(0, limit), hidden: items.length - limit };
}

/** The limit of each list of the view, as the user widened it; every list starts at one page. */
export class ViewPages {
  private readonly limits = new Map<string, number>();
  private changes = 0;

  /** Changes whenever a limit does: the view's items must be sent again. */
  get version(): number {
    return this.changes;
  }

  limit(list: string): number {
    return this.limits.get(list) ?? PAGE_SIZE;
  }

  /** Shows one page more of `list`. */
  showMore(list: string): void {
    this.set(list, this.limit(list) + PAGE_SIZE);
  }

  /**
   * Makes the item at `index` of `list` shown (the page it is on, and those before it).
   * Returns whether the limit had to change.
   */
  include(list: string, index: number): boolean {
    if (index < this.limit(list)) return false;
    this.set(list, (Math.floor(index / PAGE_SIZE) + 1) * PAGE_SIZE);
    return true;
  }

  /** Back to one page of each list (another account, filter, order or grouping). */
  reset(): void {
    if (!this.limits.size) return;
    this.limits.clear();
    this.changes++;
  }

  private set(list: string, limit: number): void {
    this.limits.set(list, limit);
    this.changes++;
  }
}
