import { useEffect, useState } from 'react';
import { ChurnReasonCode } from '../../../../shared/domain/entities';
import type { PostMortem } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { reasonKey } from './labels';

export function PostMortemForm({ accountId, onDone }: { accountId: string; onDone(): void }) {
  const { t } = useI18n();
  const setError = useApp((s) => s.setError);
  const [draft, setDraft] = useState<PostMortem | null>(null);
  useEffect(() => {
    call('portfolio:postMortem', { accountId })
      .then(setDraft)
      .catch((err: Error) => setError(err.message));
  }, [accountId, setError]);
  if (!draft) return <p className="muted">{t('common.loading')}</p>;
  const save = async () => {
    try {
      await call('portfolio:savePostMortem', {
        accountId,
        churnDate: draft.churnDate,
        reason: draft.reason,
        couldHaveDone: draft.couldHaveDone,
        lessons: draft.lessons,
      });
      onDone();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form
      className="form pf-postmortem"
      aria-label={t('portfolio.postMortem.title', { account: draft.accountName })}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {draft.churnNote && <p className="muted">{draft.churnNote}</p>}
      <label>
        {t('portfolio.postMortem.reason')}
        <select
          value={draft.reason}
          onChange={(e) => setDraft({ ...draft, reason: e.target.value as PostMortem['reason'] })}
        >
          {ChurnReasonCode.options.map((r) => (
            <option key={r} value={r}>
              {t(reasonKey(r))}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('portfolio.postMortem.couldHaveDone')}
        <textarea
          maxLength={5000}
          rows={3}
          value={draft.couldHaveDone}
          onChange={(e) => setDraft({ ...draft, couldHaveDone: e.target.value })}
        />
      </label>
      <label>
        {t('portfolio.postMortem.lessons')}
        <textarea
          maxLength={5000}
          rows={3}
          value={draft.lessons}
          onChange={(e) => setDraft({ ...draft, lessons: e.target.value })}
        />
      </label>
      <div className="actions">
        <button type="submit" className="primary">
          {t('portfolio.postMortem.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.close')}
        </button>
      </div>
    </form>
  );
}
