import { create } from 'zustand';
import './theme.css';

/** What the CSM chose: follow the system (the default), or always light / always dark. */
export type ThemePreference = 'system' | 'light' | 'dark';
export type ResolvedTheme = 'light' | 'dark';

/**
 * The choice is a per-machine display preference, not workspace data, so it lives in the
 * renderer's own storage (Electron keeps it in the app's profile across runs) and a workspace
 * shared with a colleague never carries it.
 */
const STORAGE_KEY = 'qbr.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function readPreference(): ThemePreference {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

function systemTheme(): ResolvedTheme {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export function resolveTheme(pref: ThemePreference, system: ResolvedTheme): ResolvedTheme {
  return pref === 'system' ? system : pref;
}

interface ThemeState {
  preference: ThemePreference;
  system: ResolvedTheme;
  resolved: ResolvedTheme;
  setPreference(pref: ThemePreference): void;
  /** Light <-> dark from whatever shows now (the palette's and the shortcut's action). */
  toggle(): void;
}

function apply(resolved: ResolvedTheme): void {
  // CSS reads the attribute (styles.css: :root[data-theme='dark']); charts read the CSS variables.
  document.documentElement.dataset.theme = resolved;
  document.documentElement.style.colorScheme = resolved;
}

export const useTheme = create<ThemeState>((set, get) => {
  const preference = readPreference();
  const system = systemTheme();
  const resolved = resolveTheme(preference, system);
  apply(resolved);
  return {
    preference,
    system,
    resolved,
    setPreference: (pref) => {
      try {
        if (pref === 'system') localStorage.removeItem(STORAGE_KEY);
        else localStorage.setItem(STORAGE_KEY, pref);
      } catch {
        // Storage refused (private profile): the choice still holds for this session.
      }
      const next = resolveTheme(pref, get().system);
      apply(next);
      set({ preference: pref, resolved: next });
    },
    toggle: () => get().setPreference(get().resolved === 'dark' ? 'light' : 'dark'),
  };
});

/** Follows the operating system's light/dark switch while the preference is "system". */
export function watchSystemTheme(): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(DARK_QUERY);
  const onChange = () => {
    const system: ResolvedTheme = query.matches ? 'dark' : 'light';
    const next = resolveTheme(useTheme.getState().preference, system);
    apply(next);
    useTheme.setState({ system, resolved: next });
  };
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** A CSS variable's current value, for code (charts) that cannot use var() itself. */
export function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}
