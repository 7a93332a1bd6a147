// The month grid of the date field's calendar, as pure data so it can be tested without a page.

/** A month's ISO days in weeks of seven, Monday first; null pads the first and last week. */
export function monthGrid(year: number, month: number): (string | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // getUTCDay counts from Sunday; the grid starts on Monday.
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  const mm = String(month).padStart(2, '0');
  for (let day = 1; day <= days; day += 1) {
    cells.push(`${String(year).padStart(4, '0')}-${mm}-${String(day).padStart(2, '0')}`);
  }
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** The month before or after (delta -1 or 1), across year ends. */
export function shiftMonth(year: number, month: number, delta: number): [number, number] {
  const index = year * 12 + (month - 1) + delta;
  return [Math.floor(index / 12), (index % 12) + 1];
}

const DAY_MS = 86_400_000;

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The day a key moves the calendar's focus to, as date pickers do (WAI-ARIA's date picker
 * pattern): arrows by a day or a week, Home and End to the week's Monday and Sunday, Page Up and
 * Page Down by a month (the same day, or the month's last when it has fewer). Null for other keys.
 */
export function moveDay(iso: string, key: string): string | null {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  switch (key) {
    case 'ArrowLeft':
      return isoOf(ms - DAY_MS);
    case 'ArrowRight':
      return isoOf(ms + DAY_MS);
    case 'ArrowUp':
      return isoOf(ms - 7 * DAY_MS);
    case 'ArrowDown':
      return isoOf(ms + 7 * DAY_MS);
    case 'Home':
      return isoOf(ms - weekday * DAY_MS);
    case 'End':
      return isoOf(ms + (6 - weekday) * DAY_MS);
    case 'PageUp':
    case 'PageDown': {
      const [year, month] = shiftMonth(...monthOf(iso), key === 'PageUp' ? -1 : 1);
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const day = Math.min(Number(iso.slice(8, 10)), last);
      return isoOf(Date.UTC(year, month - 1, day));
    }
    default:
      return null;
  }
}

/** The year and month (1-12) of an ISO day. */
export function monthOf(iso: string): [number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
}

/** The day within [min, max] nearest to `iso` (either bound may be absent). */
export function clampDay(iso: string, min?: string, max?: string): string {
  if (min !== undefined && iso < min) return min;
  if (max !== undefined && iso > max) return max;
  return iso;
}

/** Whether `iso` lies outside [min, max] (either bound may be absent). */
export function outside(iso: string, min?: string, max?: string): boolean {
  return clampDay(iso, min, max) !== iso;
}
