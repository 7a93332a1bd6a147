import type { ReactNode } from 'react';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n';
import { SuccessPlan } from './SuccessPlan';

/** The account page's tabs: its overview (the children) and its Success plan. */
export function AccountTabs({ accountId, children }: { accountId: string; children: ReactNode }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<'overview' | 'plan'>('overview');
  return (
    <>
      <div className="account-tabs" role="tablist">
        <button role="tab" aria-selected={tab === 'overview'} onClick={() => setTab('overview')}>
          {t('goals.tab.overview')}
        </button>
        <button role="tab" aria-selected={tab === 'plan'} onClick={() => setTab('plan')}>
          {t('goals.tab')}
        </button>
      </div>
      {tab === 'overview' ? children : <SuccessPlan accountId={accountId} />}
    </>
  );
}
