// The builder's pre-flight checklist: what is missing before the pack goes to the customer
// (attendees, goals, the presenter's company, name and title, the decisions asked for) and
// which chosen sections will be left out because they have nothing to show.
import type { PresenterAnswer, QbrNarrative, QbrPreview } from '../../../../shared/ipc/contract';
import type { MessageKey } from '../../../../shared/i18n';
import { useI18n } from '../../lib/i18n';

export function preflightItems(
  draft: QbrNarrative,
  preview: QbrPreview | null,
  presenter: PresenterAnswer | null,
): { key: MessageKey; params?: Record<string, string> }[] {
  const items: { key: MessageKey; params?: Record<string, string> }[] = [];
  const chosen = new Set(draft.sections);
  if (chosen.has('title') && draft.attendees.length === 0)
    items.push({ key: 'qbr.check.attendees' });
  // Goals measured from the success plan fill the section without any typed here: ask only
  // when the section would be left out.
  const goalsOmitted = preview
    ? preview.document.meta.omitted.some((o) => o.kind === 'goals')
    : draft.goals.length === 0;
  if (chosen.has('goals') && goalsOmitted) items.push({ key: 'qbr.check.goals' });
  if (presenter && presenter.companyName.trim() === '') items.push({ key: 'qbr.check.company' });
  if (presenter && (presenter.name.trim() === '' || presenter.title.trim() === ''))
    items.push({ key: 'qbr.check.presenter' });
  if (chosen.has('executive_summary') && draft.decisions.length === 0)
    items.push({ key: 'qbr.check.decisions' });
  for (const o of preview?.document.meta.omitted ?? []) {
    // attendees and goals are already asked for above
    if (o.kind === 'title' || o.kind === 'goals') continue;
    items.push({ key: 'qbr.check.omitted', params: { section: `${o.title} (${o.reason})` } });
  }
  return items;
}

export function Preflight(props: {
  draft: QbrNarrative;
  preview: QbrPreview | null;
  presenter: PresenterAnswer | null;
}) {
  const { t } = useI18n();
  const items = preflightItems(props.draft, props.preview, props.presenter);
  return (
    <section
      className="panel qbr-preflight"
      data-testid="qbr-preflight"
      aria-label={t('qbr.check.title')}
    >
      <h3>{t('qbr.check.title')}</h3>
      {items.length === 0 ? (
        <p className="good">{t('qbr.check.ready')}</p>
      ) : (
        <ul>
          {items.map((item, i) => (
            <li key={i}>{t(item.key, item.params)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
