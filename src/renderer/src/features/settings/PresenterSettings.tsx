// Who presents the QBR packs: name, title and an optional logo (PNG or SVG, checked in main
// before it is stored). The company name is the Settings field above; all three show on the
// packs' cover, footer and closing slide.
import { useEffect, useState } from 'react';
import type { PresenterAnswer } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';

export function PresenterSettings() {
  const { t } = useI18n();
  const setError = useApp((s) => s.setError);
  const [value, setValue] = useState<PresenterAnswer | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    call('qbr:presenterGet', {})
      .then(setValue)
      .catch((err: Error) => setError(err.message));
  }, [setError]);

  const run = async (action: () => Promise<PresenterAnswer | null>) => {
    try {
      const next = await action();
      if (next) {
        setValue(next);
        setSaved(true);
      }
    } catch (err) {
      setError((err as Error).message);
    }
  };

  if (!value) return null;
  const save = (patch: Partial<Pick<PresenterAnswer, 'name' | 'title'>>) =>
    run(() =>
      call('qbr:presenterSet', {
        name: patch.name ?? value.name,
        title: patch.title ?? value.title,
      }),
    );
  return (
    <section className="panel" data-testid="presenter-settings">
      <h2>{t('presenter.heading')}</h2>
      <p className="muted">{t('presenter.hint')}</p>
      <form className="form" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('presenter.name')}
          <input
            defaultValue={value.name}
            maxLength={120}
            onBlur={(e) => e.target.value !== value.name && void save({ name: e.target.value })}
          />
        </label>
        <label>
          {t('presenter.title')}
          <input
            defaultValue={value.title}
            maxLength={120}
            onBlur={(e) => e.target.value !== value.title && void save({ title: e.target.value })}
          />
        </label>
        <div>
          <span>{t('presenter.logo')}</span>{' '}
          {value.logo ? (
            <img
              src={value.logo.src}
              alt=""
              style={{ maxHeight: 48, maxWidth: 160, verticalAlign: 'middle' }}
            />
          ) : (
            <span className="muted">{t('presenter.noLogo')}</span>
          )}{' '}
          <button type="button" onClick={() => void run(() => call('qbr:presenterLogoChoose', {}))}>
            {t('presenter.chooseLogo')}
          </button>
          {value.logo && (
            <button
              type="button"
              className="link"
              onClick={() => void run(() => call('qbr:presenterLogoRemove', {}))}
            >
              {t('presenter.removeLogo')}
            </button>
          )}
        </div>
        {saved && <span className="muted">{t('presenter.saved')}</span>}
      </form>
    </section>
  );
}
