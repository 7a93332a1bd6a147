import { useI18n } from '../../lib/i18n';
import type { ThemePreference } from './theme';
import { useTheme } from './theme';

const CHOICES: ThemePreference[] = ['system', 'light', 'dark'];

/** The sidebar's theme choice: follow the system (default), light or dark; remembered. */
export function ThemeSwitch() {
  const { t } = useI18n();
  const { preference, setPreference } = useTheme();
  return (
    <label className="theme-switch">
      <span>{t('theme.label')}</span>
      <select
        value={preference}
        data-testid="theme-switch"
        onChange={(e) => setPreference(e.target.value as ThemePreference)}
      >
        {CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`theme.${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
