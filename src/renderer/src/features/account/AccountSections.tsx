import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import { useI18n } from '../../lib/i18n';

export interface AccountSection {
  id: string;
  label: MessageKey;
  content: ReactNode;
}

/**
 * The account page as sections under a sticky sub-nav: every section stays on the page (so
 * search, print and screenshots see it all), and a tab scrolls its section into view under the
 * sticky header. The tab of the section being read is marked as it scrolls.
 */
export function AccountSections({
  head,
  sections,
}: {
  head: ReactNode;
  sections: AccountSection[];
}) {
  const { t } = useI18n();
  const stickyRef = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(sections[0]?.id ?? '');
  const scroller = () => stickyRef.current?.closest<HTMLElement>('.content') ?? null;
  const stickyBottom = () => stickyRef.current?.getBoundingClientRect().bottom ?? 0;
  const element = (id: string) => document.getElementById(`account-section-${id}`);

  useEffect(() => {
    const container = scroller();
    if (!container) return;
    const onScroll = () => {
      // The last section whose top has passed under the sticky header is the one being read.
      const line = stickyBottom() + 12;
      let seen = sections[0]?.id ?? '';
      for (const s of sections) {
        const top = element(s.id)?.getBoundingClientRect().top;
        if (top !== undefined && top <= line) seen = s.id;
      }
      setCurrent(seen);
    };
    container.addEventListener('scroll', onScroll, { passive: true });
    return () => container.removeEventListener('scroll', onScroll);
  }, [sections]);

  const go = (id: string) => {
    const container = scroller();
    const target = element(id);
    if (!container || !target) return;
    setCurrent(id);
    const offset = target.getBoundingClientRect().top - stickyBottom() - 8;
    container.scrollTo({ top: container.scrollTop + offset });
  };

  return (
    <>
      <div className="account-sticky" ref={stickyRef}>
        {head}
        <div className="account-subnav" role="tablist" aria-label={t('layout.tabs.label')}>
          {sections.map((s) => (
            <button
              key={s.id}
              role="tab"
              aria-selected={current === s.id}
              aria-controls={`account-section-${s.id}`}
              onClick={() => go(s.id)}
            >
              {t(s.label)}
            </button>
          ))}
        </div>
      </div>
      {sections.map((s) => (
        <div
          key={s.id}
          id={`account-section-${s.id}`}
          className="account-section"
          role="tabpanel"
          aria-label={t(s.label)}
          data-testid={`account-section-${s.id}`}
        >
          {s.content}
        </div>
      ))}
    </>
  );
}
