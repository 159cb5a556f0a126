/**
 * When a key press is a shortcut: not typed into a field, a list box or an
 * open dialog, and not held down or pressed with Ctrl, Alt or the command key
 * (those belong to the browser and the system). Shift is allowed: the
 * presenter's tally uses it.
 */
export function isShortcut(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return false;
  const target = event.target as HTMLElement | null;
  if (!target || typeof target.closest !== 'function') return true;
  return !target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog[open]');
}
