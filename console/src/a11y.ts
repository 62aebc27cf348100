/**
 * Element Plus leaves a table's scrolling body out of the keyboard's reach (axe: scrollable-region-focusable), and
 * a table may scroll sideways at 1024 px: every table's scroll area, as tables appear, is made focusable, so arrow
 * keys scroll it.
 */
export function makeTableScrollAreasFocusable(root: HTMLElement): void {
  const fix = () =>
    root.querySelectorAll<HTMLElement>('.el-table__body-wrapper .el-scrollbar__wrap:not([tabindex])').forEach((area) => {
      area.tabIndex = 0;
    });
  new MutationObserver(fix).observe(root, { childList: true, subtree: true });
  fix();
}
