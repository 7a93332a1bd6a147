import { useEffect, useRef } from 'react';
import { useI18n } from '../lib/i18n';
import { NAV_SCREENS, SHORTCUT_KEYS } from './shortcuts';

/** The list of keyboard shortcuts (F1, or "Show keyboard shortcuts" in the palette). */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    return () => before?.focus?.();
  }, []);
  const rows: [string, string][] = [
    [SHORTCUT_KEYS.palette, t('shortcuts.palette')],
    ...NAV_SCREENS.map(({ label }, i): [string, string] => [
      `Ctrl/⌘+${i + 1}`,
      t('shortcuts.go', { screen: t(label) }),
    ]),
    [SHORTCUT_KEYS.theme, t('shortcuts.theme')],
    [SHORTCUT_KEYS.undo, t('shortcuts.undo')],
    [SHORTCUT_KEYS.help, t('shortcuts.help')],
    [SHORTCUT_KEYS.navigate, t('shortcuts.navigate')],
    [SHORTCUT_KEYS.close, t('shortcuts.close')],
  ];
  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div
        className="palette shortcuts"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <table data-testid="shortcuts-list">
          <tbody>
            {rows.map(([keys, what]) => (
              <tr key={what}>
                <td>
                  <kbd>{keys}</kbd>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={closeButton} onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
}
