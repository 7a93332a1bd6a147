// The QBR builder: pick account, quarter, language, paper and sections, write the narrative,
// watch the preview follow, then "Save as…" one pack or export many.
import { useEffect, useState } from 'react';
import type {
  PresenterAnswer,
  QbrNarrative,
  QbrPreview,
  QbrExportRecord,
} from '../../../../shared/ipc/contract';
import { QBR_SECTION_KINDS } from '../../../../shared/qbr/document';
import type { SectionKind } from '../../../../shared/qbr/document';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { useLoad } from '../account/useLoad';
import { useUndo } from '../undo/undo-store';
import { BatchPanel } from './BatchPanel';
import { NarrativeEditor } from './NarrativeEditor';
import { Preflight } from './Preflight';
import { Preview } from './Preview';
import { cleaned } from './narrative';
import './qbr.css';

const LANGUAGES = [
  { id: 'en', name: 'English' },
  { id: 'th', name: 'ไทย' },
  { id: 'tr', name: 'Türkçe' },
] as const;
const PREVIEW_DELAY_MS = 400;

interface Keyed<T> {
  key: string;
  value: T;
}

export function QbrScreen() {
  const { t } = useI18n();
  const { accountId, openAccount, setError } = useApp();
  const setAccount = (id: string) => useApp.setState({ accountId: id });
  const accounts = useLoad(() => call('accounts:list', {}), []);
  const quarters = useLoad(() => call('qbr:quarters', {}), []);
  const presenter = useLoad<PresenterAnswer>(() => call('qbr:presenterGet', {}), []);
  const [quarter, setQuarter] = useState<string | null>(null);
  // Each value remembers the account and quarter it belongs to, so switching either never
  // shows the previous one's narrative, preview or export.
  const [loaded, setLoaded] = useState<Keyed<QbrNarrative> | null>(null);
  const [saved, setSaved] = useState(false);
  const [shown, setShown] = useState<Keyed<QbrPreview> | null>(null);
  const [exported, setExported] = useState<Keyed<QbrExportRecord | null> | null>(null);
  const [exporting, setExporting] = useState(false);

  const current = accountId ?? accounts?.[0]?.id ?? null;
  const q = quarter ?? quarters?.latest ?? null;
  const key = `${current}|${q}`;
  const draft = loaded?.key === key ? loaded.value : null;
  const preview = shown?.key === key ? shown.value : null;
  const written = exported?.key === key ? exported.value : null;
  const setDraft = (value: QbrNarrative) => setLoaded({ key, value });

  // An undone narrative save reloads the draft; other changes leave unsaved typing alone.
  const narrativeUndo = useUndo((s) => (s.undone?.domain === 'narrative' ? s.undone.id : null));
  useEffect(() => {
    if (!current || !q) return;
    let live = true;
    const forKey = `${current}|${q}`;
    call('qbr:narrativeGet', { accountId: current, quarter: q })
      .then((answer) => live && setLoaded({ key: forKey, value: answer.narrative }))
      .catch((err: Error) => setError(err.message));
    return () => {
      live = false;
    };
  }, [current, q, setError, narrativeUndo]);

  useEffect(() => {
    if (!current || !q || !draft) return;
    let live = true;
    const timer = setTimeout(() => {
      call('qbr:preview', { accountId: current, quarter: q, narrative: cleaned(draft) })
        .then((p) => live && setShown({ key: `${current}|${q}`, value: p }))
        .catch((err: Error) => setError(err.message));
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [current, q, draft, setError]);

  const edit = (next: QbrNarrative) => {
    setDraft(next);
    setSaved(false);
  };
  const toggleSection = (kind: SectionKind, on: boolean) => {
    if (!draft) return;
    const sections = on ? [...draft.sections, kind] : draft.sections.filter((k) => k !== kind);
    if (sections.length > 0)
      edit({ ...draft, sections: QBR_SECTION_KINDS.filter((k) => sections.includes(k)) });
  };
  const save = async () => {
    if (!current || !q || !draft) return;
    try {
      const answer = await call('qbr:narrativeSave', {
        accountId: current,
        quarter: q,
        narrative: cleaned(draft),
      });
      setDraft(answer.narrative);
      setSaved(true);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const saveAs = async () => {
    if (!current || !q || !draft) return;
    setExporting(true);
    try {
      const value = await call('qbr:exportOne', {
        accountId: current,
        quarter: q,
        narrative: cleaned(draft),
      });
      setExported({ key, value });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setExporting(false);
    }
  };

  const segments = [
    ...new Set((accounts ?? []).flatMap((a) => (a.segment ? [a.segment] : []))),
  ].sort();

  return (
    <div className="qbr-screen">
      <div className="screen-head">
        <h1>{t('qbr.ui.title')}</h1>
        {current && (
          <button className="link" onClick={() => openAccount(current)}>
            ← {accounts?.find((a) => a.id === current)?.name}
          </button>
        )}
      </div>
      <div className="qbr-controls">
        <label className="qbr-field">
          <span>{t('qbr.ui.account')}</span>
          <select value={current ?? ''} onChange={(e) => setAccount(e.target.value)}>
            {(accounts ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="qbr-field">
          <span>{t('qbr.ui.quarter')}</span>
          <select value={q ?? ''} onChange={(e) => setQuarter(e.target.value)}>
            {(quarters?.quarters ?? []).map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </label>
        {draft && (
          <>
            <label className="qbr-field">
              <span>{t('qbr.ui.language')}</span>
              <select
                value={draft.language}
                onChange={(e) =>
                  edit({ ...draft, language: e.target.value as QbrNarrative['language'] })
                }
              >
                {LANGUAGES.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="qbr-field">
              <span>{t('qbr.ui.paper')}</span>
              <select
                value={draft.paper}
                onChange={(e) => edit({ ...draft, paper: e.target.value as QbrNarrative['paper'] })}
              >
                <option value="A4">A4</option>
                <option value="LETTER">Letter</option>
              </select>
            </label>
            <button className="primary" disabled={exporting} onClick={() => void saveAs()}>
              {t('qbr.ui.saveAs')}
            </button>
          </>
        )}
      </div>
      {written && (
        <p className="notice" data-testid="qbr-written">
          {t('qbr.ui.exported', { files: written.files.join(', ') })}
        </p>
      )}
      {draft && (
        <div className="qbr-layout">
          <div className="qbr-editor">
            <fieldset className="qbr-sections">
              <legend>{t('qbr.ui.sections')}</legend>
              {QBR_SECTION_KINDS.map((kind) => (
                <label key={kind}>
                  <input
                    type="checkbox"
                    checked={draft.sections.includes(kind)}
                    onChange={(e) => toggleSection(kind, e.target.checked)}
                  />{' '}
                  {t(`qbr.section.${kind}`)}
                </label>
              ))}
            </fieldset>
            <h2>{t('qbr.ui.narrative')}</h2>
            <NarrativeEditor value={draft} onChange={edit} accountId={current ?? ''} />
            <div className="actions">
              <button className="primary" onClick={() => void save()}>
                {t('qbr.ui.save')}
              </button>
              {saved && <span className="muted">{t('qbr.ui.saved')}</span>}
            </div>
          </div>
          <div className="qbr-preview" aria-label={t('qbr.ui.preview')}>
            <Preflight draft={draft} preview={preview} presenter={presenter ?? null} />
            {preview ? (
              <Preview preview={preview} />
            ) : (
              <p className="muted">{t('common.loading')}</p>
            )}
          </div>
        </div>
      )}
      {q && draft && (
        <BatchPanel quarter={q} language={draft.language} paper={draft.paper} segments={segments} />
      )}
    </div>
  );
}
