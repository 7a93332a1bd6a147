import { useEffect } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import type { Screen } from '../stores/app';

/** The screens of the sidebar, in its order: Ctrl/Cmd+1..5 go to them. */
export const NAV_SCREENS: { screen: Screen; label: MessageKey }[] = [
  { screen: 'portfolio', label: 'nav.portfolio' },
  { screen: 'experiments', label: 'nav.experiments' },
  { screen: 'qbr', label: 'nav.qbr' },
  { screen: 'import', label: 'nav.import' },
  { screen: 'settings', label: 'nav.settings' },
];

export interface ShortcutActions {
  openPalette(): void;
  showShortcuts(): void;
  toggleTheme(): void;
  go(screen: Screen): void;
  undo(): void;
}

/** The keys the shortcut list shows, with what they do (one source for the list and the handler). */
export const SHORTCUT_KEYS = {
  palette: 'Ctrl/⌘+K',
  go: 'Ctrl/⌘+1…5',
  theme: 'Ctrl/⌘+Shift+L',
  undo: 'Ctrl/⌘+Z',
  help: 'F1',
  close: 'Esc',
  navigate: '↑ ↓ Enter',
} as const;

/** What a key press means, or null: pure, so it can be tested without a window. */
export function shortcutFor(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): { kind: 'palette' | 'help' | 'theme' | 'undo' } | { kind: 'go'; screen: Screen } | null {
  const mod = e.ctrlKey || e.metaKey;
  if (e.key === 'F1') return { kind: 'help' };
  if (!mod || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'k' && !e.shiftKey) return { kind: 'palette' };
  if (key === 'l' && e.shiftKey) return { kind: 'theme' };
  if (key === 'z' && !e.shiftKey) return { kind: 'undo' };
  const n = Number(e.key);
  if (!e.shiftKey && Number.isInteger(n) && n >= 1 && n <= NAV_SCREENS.length)
    return { kind: 'go', screen: NAV_SCREENS[n - 1]!.screen };
  return null;
}

/**
 * Whether a key press lands where the user types: there Ctrl/Cmd+Z undoes typing, as everywhere
 * else, and must not revert a saved change.
 */
export function isTextEntry(target: EventTarget | null): boolean {
  // Read by shape, not instanceof, so it is testable without a DOM.
  const el = target as { tagName?: unknown; type?: unknown; isContentEditable?: unknown } | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.isContentEditable === true) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NOT_TYPED_INTO.has(String(el.type ?? 'text'));
}

/** Inputs that take no typing, where Ctrl/Cmd+Z is the app's undo. */
const NOT_TYPED_INTO = new Set([
  'button',
  'checkbox',
  'radio',
  'submit',
  'reset',
  'range',
  'color',
  'file',
]);

/** Listens for the app's shortcuts on the whole window while `enabled` (a workspace is open). */
export function useShortcuts(enabled: boolean, actions: ShortcutActions): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const s = shortcutFor(e);
      if (!s || (s.kind === 'undo' && isTextEntry(e.target))) return;
      e.preventDefault();
      if (s.kind === 'go') actions.go(s.screen);
      else if (s.kind === 'palette') actions.openPalette();
      else if (s.kind === 'help') actions.showShortcuts();
      else if (s.kind === 'undo') actions.undo();
      else actions.toggleTheme();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, actions]);
}
