import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import './date-input.css';
import {
  formatDateInput,
  formatMonth,
  parseDateInput,
  weekdayNames,
} from '../../../shared/i18n/format';
import { useI18n } from '../lib/i18n';
import { clampDay, monthGrid, monthOf, moveDay, outside, shiftMonth } from './calendar';

interface Props {
  /** The ISO day ("2026-12-02"), or '' for none. */
  value: string;
  /** Called with an ISO day, or '' when the field is cleared; never with what does not parse. */
  onChange: (iso: string) => void;
  required?: boolean;
  min?: string;
  max?: string;
  'aria-label'?: string;
  'data-testid'?: string;
}

// A day past 12, so the example shows which number is the day.
const EXAMPLE_DAY = '2026-12-31';

/**
 * Every date field of the app: the day typed and shown as the locale writes it (Thai in the
 * Buddhist era, which the native date picker cannot do), with a calendar that counts years the
 * same way. Stores ISO days; what does not parse is refused inline (aria-invalid) and blocks the
 * form it is in, while the last good day stays the value.
 */
export function DateInput({ value, onChange, required, min, max, ...aria }: Props) {
  const { locale, t, date } = useI18n();
  const [text, setText] = useState(() => formatDateInput(locale, value));
  const [touched, setTouched] = useState(false);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const wrapper = useRef<HTMLSpanElement>(null);
  const messageId = useId();
  useOwnLabelName(input, wrapper, aria['aria-label'] === undefined, locale);

  // A new value from outside, or a new language, rewrites the text; the user's own typing of the
  // same day is left as typed (reformatting mid-keystroke would move the caret).
  const shownLocale = useRef(locale);
  useEffect(() => {
    const relocalised = shownLocale.current !== locale;
    shownLocale.current = locale;
    setText((current) =>
      !relocalised && (parseDateInput(locale, current) ?? '') === value
        ? current
        : formatDateInput(locale, value),
    );
  }, [locale, value]);

  const problemOf = (typed: string): string | null => {
    if (typed.trim() === '') return null;
    const iso = parseDateInput(locale, typed);
    if (iso === null) {
      return t('dateInput.invalid', {
        pattern: t('dateInput.pattern'),
        example: formatDateInput(locale, EXAMPLE_DAY),
      });
    }
    if (min && iso < min) return t('dateInput.tooEarly', { min: date(min) });
    if (max && iso > max) return t('dateInput.tooLate', { max: date(max) });
    return null;
  };
  const problem = problemOf(text);

  // The browser's own validation then stops a form from submitting a refused day.
  useEffect(() => {
    input.current?.setCustomValidity(problem ?? '');
  }, [problem]);

  const type = (typed: string) => {
    setText(typed);
    if (typed.trim() === '') onChange('');
    else if (problemOf(typed) === null) onChange(parseDateInput(locale, typed)!);
  };
  const pick = (iso: string) => {
    setText(formatDateInput(locale, iso));
    setTouched(false);
    onChange(iso);
    setOpen(false);
    input.current?.focus();
  };
  const shown = touched && problem !== null;

  return (
    <span className="date-input" ref={wrapper}>
      <input
        ref={input}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('dateInput.pattern')}
        value={text}
        required={required}
        aria-invalid={shown}
        aria-describedby={shown ? messageId : undefined}
        onChange={(e) => type(e.target.value)}
        onBlur={() => {
          setTouched(true);
          // A good day is rewritten in the locale's full form once the user leaves the field.
          const iso = problem === null ? parseDateInput(locale, text) : null;
          if (iso) setText(formatDateInput(locale, iso));
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setTouched(true);
        }}
        {...aria}
      />
      <button
        type="button"
        className="date-input-open"
        aria-label={t('dateInput.calendar')}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">▦</span>
      </button>
      {shown && (
        <span id={messageId} className="date-input-problem" role="alert">
          {problem}
        </span>
      )}
      {open && (
        <Calendar
          selected={parseDateInput(locale, text) ?? value}
          min={min}
          max={max}
          onPick={pick}
          onClose={() => {
            setOpen(false);
            input.current?.focus();
          }}
          within={wrapper}
        />
      )}
    </span>
  );
}

/**
 * Names the input by the words of the label it sits in, without the field's own parts. A label
 * names the controls inside it by all of its text, which here includes the calendar button's
 * name ("Start date Choose from calendar"). Set on the element itself: it is the label's text
 * as drawn, which React does not hold.
 */
function useOwnLabelName(
  input: RefObject<HTMLInputElement | null>,
  wrapper: RefObject<HTMLSpanElement | null>,
  wanted: boolean,
  locale: string,
): void {
  useLayoutEffect(() => {
    const label = wanted ? wrapper.current?.closest('label') : null;
    if (!label || !input.current) return;
    const own = label.cloneNode(true) as HTMLElement;
    own.querySelector('.date-input')?.remove();
    const text = own.textContent?.trim();
    if (text) input.current.setAttribute('aria-label', text);
  }, [input, wrapper, wanted, locale]);
}

function Calendar({
  selected,
  min,
  max,
  onPick,
  onClose,
  within,
}: {
  selected: string;
  min?: string;
  max?: string;
  onPick: (iso: string) => void;
  onClose: () => void;
  within: RefObject<HTMLSpanElement | null>;
}) {
  const { locale, t, date } = useI18n();
  const [focused, setFocused] = useState(() =>
    clampDay(
      /^\d{4}-\d{2}-\d{2}$/.test(selected) ? selected : new Date().toISOString().slice(0, 10),
      min,
      max,
    ),
  );
  const [[year, month], setShown] = useState<[number, number]>(monthOf(focused));
  const dialog = useRef<HTMLDivElement>(null);
  // Keys move the focus between days (the day's button is focused once it is drawn); Tab leaves
  // the grid from the one day that takes it, as in a native picker.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    dialog.current?.querySelector<HTMLButtonElement>(`[data-day="${focused}"]`)?.focus();
  }, [focused]);
  const onGridKey = (e: React.KeyboardEvent) => {
    const day = (e.target as HTMLElement).dataset.day;
    const next = day === undefined ? null : moveDay(day, e.key);
    if (next === null) return;
    e.preventDefault();
    moved.current = true;
    const target = clampDay(next, min, max);
    setFocused(target);
    setShown(monthOf(target));
  };
  const grid = monthGrid(year, month);
  const tabStop = grid.flat().includes(focused)
    ? focused
    : grid.flat().find((iso) => iso !== null && !outside(iso, min, max));

  // A click anywhere outside the field closes the calendar, as a native picker's popup would.
  useEffect(() => {
    const away = (e: MouseEvent) => {
      if (!within.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onClose, within]);
  useEffect(() => {
    dialog.current
      ?.querySelector<HTMLButtonElement>('td button[tabindex="0"], td button:enabled')
      ?.focus();
  }, []);

  const title = formatMonth(locale, year, month);
  return (
    <div
      ref={dialog}
      className="date-input-calendar"
      role="dialog"
      aria-label={title}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="date-input-head">
        <button
          type="button"
          aria-label={t('dateInput.previousMonth')}
          onClick={() => setShown(shiftMonth(year, month, -1))}
        >
          ‹
        </button>
        <strong aria-live="polite">{title}</strong>
        <button
          type="button"
          aria-label={t('dateInput.nextMonth')}
          onClick={() => setShown(shiftMonth(year, month, 1))}
        >
          ›
        </button>
      </div>
      <table onKeyDown={onGridKey}>
        <thead>
          <tr>
            {weekdayNames(locale).map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map((week, w) => (
            <tr key={w}>
              {week.map((iso, d) => (
                <td key={d}>
                  {iso && (
                    <button
                      type="button"
                      aria-label={date(iso)}
                      aria-pressed={iso === selected}
                      data-day={iso}
                      tabIndex={iso === tabStop ? 0 : -1}
                      disabled={outside(iso, min, max)}
                      onClick={() => onPick(iso)}
                    >
                      {Number(iso.slice(8, 10))}
                    </button>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
