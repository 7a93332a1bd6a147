// Turning health values and timeline items into text in the CSM's language.
import type { Band, MeasureUnit } from '../../../../shared/analytics/health';
import { CHAMPION_STATE } from '../../../../shared/analytics/health';
import { en } from '../../../../shared/i18n/en';
import type { MessageKey } from '../../../../shared/i18n';
import type { Formats } from '../../../../shared/i18n/format';
import type { TimelineItem } from '../../../../shared/ipc/contract';
import { reasonKey, teamLabel } from '../portfolio/labels';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;
type NumberFormats = Pick<Formats, 'number' | 'percent'>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

export const BAND_COLOURS: Record<Band, string> = {
  red: '#d64545',
  yellow: '#e0a100',
  green: '#1f9d55',
};

export function bandLabel(t: T, band: Band | null): string {
  return band === null ? t('health.missing') : t(`health.band.${band}`);
}

/** A measured value as the CSM reads it; missing is said in words, never shown as 0. */
export function formatMeasure(
  t: T,
  fmt: NumberFormats,
  unit: MeasureUnit,
  value: number | null,
): string {
  if (value === null) return t('health.missing');
  switch (unit) {
    case 'ratio':
      return fmt.percent(value, 0);
    case 'count':
      return fmt.number(value, 0);
    case 'score':
      return fmt.number(value, 1);
    case 'hours':
      return `${fmt.number(value, 0)} h`;
    case 'days':
      return fmt.number(value, 0);
    case 'yes_no':
      return value > 0 ? t('health.value.yes') : t('health.value.no');
    case 'champion_state':
      return value >= CHAMPION_STATE.present
        ? t('health.champion.present')
        : value >= CHAMPION_STATE.recentlyLeft
          ? t('health.champion.recently_left')
          : t('health.champion.none');
  }
}

/** The words for an item's id-like parameters: bands, a post-mortem's reason and teams, a language. */
function describedParams(t: T, item: TimelineItem): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(item.params))
    params[name] = Array.isArray(value) ? value.join(', ') : value;
  const text = (name: string) => String(item.params[name] ?? '');
  if (item.kind === 'health') {
    params.from = bandLabel(t, (item.params.from as Band | undefined) ?? null);
    params.to = bandLabel(t, (item.params.to as Band | undefined) ?? null);
  }
  if (item.kind === 'postmortem') {
    params.reason = t(reasonKey(text('reason')));
    const teams = item.params.teams;
    params.teams = (Array.isArray(teams) ? teams : []).map((team) => teamLabel(team, t)).join(', ');
  }
  if (item.kind === 'ticket' && 'priority' in item.params) {
    // The stored priority is an enum value ("high"); the CSM reads it in their language.
    const key = `ticket.priority.${text('priority')}`;
    params.priority = isMessageKey(key) ? t(key) : text('priority');
  }
  if (item.kind === 'qbr' && 'language' in item.params) {
    const key = `timeline.qbr.language.${text('language')}`;
    params.language = isMessageKey(key) ? t(key) : text('language');
  }
  return params;
}

/** The line a timeline item shows: the app's own wording, or the imported text as given. */
export function timelineTitle(t: T, item: TimelineItem): string {
  const described =
    item.titleKey && isMessageKey(item.titleKey)
      ? t(item.titleKey, describedParams(t, item))
      : null;
  if (described && item.title) return `${described}: ${item.title}`;
  return described ?? item.title ?? '';
}
