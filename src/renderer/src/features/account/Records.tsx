import { addDays } from '../../../../shared/domain/dates';
import type { Contact, SurveyResponse, Ticket } from '../../../../shared/domain/entities';
import {
  MIN_SURVEY_ANSWERS,
  SURVEY_WINDOW_DAYS,
  summariseSurveys,
} from '../../../../shared/domain/sample-size';
import type { MessageKey } from '../../../../shared/i18n';
import { Pager, usePage } from '../../components/Pager';
import { useI18n } from '../../lib/i18n';

/** Rows per page: a page of a list fits the panel without scrolling past the next section. */
export const PAGE_SIZE = 20;

const surveyKind = (kind: SurveyResponse['kind']): MessageKey => `survey.kind.${kind}`;

/**
 * NPS, CSAT and CES over the 180 days to the as-of date, each with its number of answers; below
 * MIN_SURVEY_ANSWERS the figure gives way to "too few answers".
 */
function SurveySummaries({ surveys, asOf }: { surveys: SurveyResponse[]; asOf: string }) {
  const { t, number } = useI18n();
  const summaries = summariseSurveys(surveys, addDays(asOf, -SURVEY_WINDOW_DAYS + 1), asOf);
  if (summaries.length === 0) return null;
  return (
    <ul className="survey-summaries" data-testid="survey-summaries">
      {summaries.map((s) => (
        <li key={s.kind} data-testid={`survey-summary-${s.kind}`}>
          <strong>{t(surveyKind(s.kind))}</strong>{' '}
          {s.tooFew || s.value === null ? '' : `${number(s.value, s.kind === 'nps' ? 0 : 1)} `}
          <span className={`survey-n${s.tooFew ? ' too-few' : ''}`}>
            ({t('time.survey.answers', { count: s.answers })}
            {s.tooFew && `, ${t('time.survey.tooFew', { min: MIN_SURVEY_ANSWERS })}`})
          </span>
        </li>
      ))}
    </ul>
  );
}

export function Surveys({ surveys, asOf }: { surveys: SurveyResponse[]; asOf?: string | null }) {
  const { t, date, number } = useI18n();
  const paged = usePage(surveys, PAGE_SIZE);
  return (
    <section className="panel records" aria-label={t('account.surveys')}>
      <h2>{t('account.surveys')}</h2>
      {asOf && <SurveySummaries surveys={surveys} asOf={asOf} />}
      {surveys.length === 0 ? (
        <p className="muted">{t('account.none')}</p>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('list.col.date')}</th>
                <th scope="col">{t('list.col.kind')}</th>
                <th scope="col" className="num">
                  {t('list.col.score')}
                </th>
                <th scope="col">{t('list.col.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {paged.rows.map((s) => (
                <tr key={s.id} data-testid="survey">
                  <td>{date(s.date)}</td>
                  <td>{t(surveyKind(s.kind))}</td>
                  <td className="num">{number(s.score, 1)}</td>
                  <td>{s.comment ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager list={t('account.surveys')} {...paged} testId="surveys-pager" />
        </>
      )}
    </section>
  );
}

export function Tickets({ tickets }: { tickets: Ticket[] }) {
  const { t, date } = useI18n();
  const paged = usePage(tickets, PAGE_SIZE);
  return (
    <section className="panel records" aria-label={t('account.tickets')}>
      <h2>{t('account.tickets')}</h2>
      {tickets.length === 0 ? (
        <p className="muted">{t('account.none')}</p>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('list.col.opened')}</th>
                <th scope="col">{t('list.col.subject')}</th>
                <th scope="col">{t('list.col.priority')}</th>
                <th scope="col">{t('list.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {paged.rows.map((ticket) => (
                <tr key={ticket.id} data-testid="ticket">
                  <td>{date(ticket.openedDate)}</td>
                  <td>{ticket.subject ?? ticket.id}</td>
                  <td>{ticket.priority ? t(`ticket.priority.${ticket.priority}`) : ''}</td>
                  <td>
                    {ticket.closedDate
                      ? t('ticket.closedOn', { date: date(ticket.closedDate) })
                      : t('account.tickets.open')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager list={t('account.tickets')} {...paged} testId="tickets-pager" />
        </>
      )}
    </section>
  );
}

export function Contacts({ contacts }: { contacts: Contact[] }) {
  const { t, date } = useI18n();
  const paged = usePage(contacts, PAGE_SIZE);
  return (
    <section className="panel records" aria-label={t('account.contacts')}>
      <h2>{t('account.contacts')}</h2>
      {contacts.length === 0 ? (
        <p className="muted">{t('account.none')}</p>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('list.col.name')}</th>
                <th scope="col">{t('list.col.role')}</th>
                <th scope="col">{t('list.col.contact')}</th>
              </tr>
            </thead>
            <tbody>
              {paged.rows.map((c) => (
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
          <Pager list={t('account.contacts')} {...paged} testId="contacts-pager" />
        </>
      )}
    </section>
  );
}
