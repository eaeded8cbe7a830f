/** Press "/" to focus the header search box, unless the reader is typing somewhere. */
export function initSlashToFocus(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    event.preventDefault();
    document.querySelector<HTMLInputElement>('#site-search')?.focus();
  });
}
