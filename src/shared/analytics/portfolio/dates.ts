// The portfolio's calendar arithmetic is the shared dates module's.
export {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  isValidIsoDate,
  monthsInRange,
} from '../../domain/dates';
