// Message keys for values that come from main as ids: churn reasons, teams, bands, triggers.
import type { MessageKey } from '../../../../shared/i18n';
import { en } from '../../../../shared/i18n/en';

const isKey = (key: string): key is MessageKey => key in en;
const known = (key: string, fallback: MessageKey): MessageKey => (isKey(key) ? key : fallback);

export const reasonKey = (reason: string) =>
  known(`portfolio.reason.${reason}`, 'portfolio.reason.other');
export const bandKey = (band: string) => known(`portfolio.band.${band}`, 'portfolio.band.unscored');
export const triggerKey = (trigger: string) =>
  known(`portfolio.trigger.${trigger}`, 'portfolio.trigger.other');

/** Teams the CSM typed in are shown as typed; the shipped ones are translated. */
export function teamLabel(team: string, t: (key: MessageKey) => string): string {
  const key = `portfolio.team.${team}`;
  return isKey(key) ? t(key) : team;
}

export const TEAMS = [
  'marketing',
  'sales',
  'onboarding',
  'product',
  'support',
  'relationship_management',
] as const;

export const BAND_COLOURS: Record<string, string> = {
  red: '#d64545',
  yellow: '#e0a800',
  green: '#1f9d55',
  unscored: '#9aa3b5',
};

/** Band chips carry text, so each pairs a fill with the text colour that keeps WCAG AA (4.5:1) at 11px;
 *  the chart fills above stay brighter because they carry no text. */
export const BAND_CHIPS: Record<string, { background: string; color: string }> = {
  red: { background: '#b42318', color: '#ffffff' },
  yellow: { background: '#e0a800', color: '#1a1a1a' },
  green: { background: '#157a3f', color: '#ffffff' },
  unscored: { background: '#5b6475', color: '#ffffff' },
};
