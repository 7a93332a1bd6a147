import type { Contact, SurveyResponse, Ticket } from '../../../../shared/domain/entities';
import { useI18n } from '../../lib/i18n';

const SHOWN = 30;

export function Surveys({ surveys }: { surveys: SurveyResponse[] }) {
  const { t, date, number } = useI18n();
  return (
    <section className="panel records" aria-label={t('account.surveys')}>
      <h2>{t('account.surveys')}</h2>
      {surveys.length === 0 ? (
        <p className="muted">{t('account.none')}</p>
      ) : (
        <table>
          <tbody>
            {surveys.slice(0, SHOWN).map((s) => (
              <tr key={s.id}>
                <td>{date(s.date)}</td>
                <td>{s.kind.toUpperCase()}</td>
                <td className="num">{number(s.score, 1)}</td>
                <td>{s.comment ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function Tickets({ tickets }: { tickets: Ticket[] }) {
  const { t, date } = useI18n();
  return (
    <section className="panel records" aria-label={t('account.tickets')}>
      <h2>{t('account.tickets')}</h2>
      {tickets.length === 0 ? (
        <p className="muted">{t('account.none')}</p>
      ) : (
        <table>
          <tbody>
            {tickets.slice(0, SHOWN).map((ticket) => (
              <tr key={ticket.id}>
                <td>{date(ticket.openedDate)}</td>
                <td>{ticket.subject ?? ticket.id}</td>
                <td>{ticket.priority ?? ''}</td>
                <td>{ticket.closedDate ? date(ticket.closedDate) : t('account.tickets.open')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function Contacts({ contacts }: { contacts: Contact[] }) {
  const { t, date } = useI18n();
  return (
    <section className="panel records" aria-label={t('account.contacts')}>
      <h2>{t('account.contacts')}</h2>
      {contacts.length === 0 ? (
        <p className="muted">{t('account.none')}</p>
      ) : (
        <table>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.id} data-testid="contact">
                <td>
                  <span className={c.endDate ? 'contact-left' : ''}>{c.name}</span>
                  {c.isChampion && (
                    <span className="champion-badge">{t('account.contacts.champion')}</span>
                  )}
                </td>
                <td>{c.role ?? ''}</td>
                <td>
                  {c.endDate ? t('account.contacts.left', { date: date(c.endDate) }) : c.email}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
