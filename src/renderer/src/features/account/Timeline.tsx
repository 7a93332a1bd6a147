import { useState } from 'react';
import { TIMELINE_KINDS } from '../../../../shared/ipc/contract';
import type { TimelineKind } from '../../../../shared/ipc/contract';
import { VirtualRows } from '../../components/VirtualRows';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { timelineTitle } from './format';
import { useLoad } from './useLoad';

// One request holds the whole history of even a very busy account; the list is virtualised.
const PAGE = 20_000;

export function Timeline({ accountId }: { accountId: string }) {
  const { t, date } = useI18n();
  const setError = useApp((s) => s.setError);
  const [kinds, setKinds] = useState<TimelineKind[]>([]);
  const [note, setNote] = useState('');
  const page = useLoad(
    () => call('account:timeline', { accountId, kinds, offset: 0, limit: PAGE }),
    [accountId, kinds.join(',')],
  );
  const toggle = (kind: TimelineKind) =>
    setKinds((current) =>
      current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind],
    );
  const addNote = async () => {
    const text = note.trim();
    if (!text) return;
    try {
      await call('notes:add', { accountId, text });
      setNote('');
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section className="panel timeline-panel" aria-label={t('account.timeline')}>
      <h2>{t('account.timeline')}</h2>
      <div className="kind-filter" role="group" aria-label={t('account.timeline')}>
        <button aria-pressed={kinds.length === 0} onClick={() => setKinds([])}>
          {t('account.timeline.all')}
        </button>
        {TIMELINE_KINDS.map((kind) => (
          <button key={kind} aria-pressed={kinds.includes(kind)} onClick={() => toggle(kind)}>
            {t(`timeline.kind.${kind}`)} {page ? `(${page.counts[kind]})` : ''}
          </button>
        ))}
      </div>
      {page && page.items.length === 0 ? (
        <p className="muted">{t('account.timeline.empty')}</p>
      ) : (
        <VirtualRows
          items={page?.items ?? []}
          rowHeight={52}
          height={360}
          list
          label={t('account.timeline')}
          rowKey={(item) => item.id}
          renderRow={(item) => (
            <div className="timeline-row" data-testid="timeline-row" data-kind={item.kind}>
              <span>{date(item.date)}</span>
              <span className="muted">{t(`timeline.kind.${item.kind}`)}</span>
              <span>
                {timelineTitle(t, item)}
                {/* One line in the row; the whole text (a post-mortem's lessons) on hover. */}
                {item.detail && (
                  <span className="detail" title={item.detail}>
                    {item.detail}
                  </span>
                )}
              </span>
            </div>
          )}
        />
      )}
      <form
        className="note-form"
        onSubmit={(e) => {
          e.preventDefault();
          void addNote();
        }}
      >
        <input
          value={note}
          maxLength={10_000}
          placeholder={t('account.notes.placeholder')}
          aria-label={t('account.notes.placeholder')}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" disabled={!note.trim()}>
          {t('account.notes.add')}
        </button>
      </form>
    </section>
  );
}
