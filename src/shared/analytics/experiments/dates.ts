// The experiments' calendar arithmetic is the shared dates module's (day numbers since 1970).
export {
  fromDay as isoFromDayNumber,
  monthBounds,
  monthIndex,
  toDay as dayNumber,
} from '../../domain/dates';
