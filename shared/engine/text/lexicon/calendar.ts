// Month and weekday names: the one table every stage reads.

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** 0 = Sunday, as Date.getUTCDay() counts. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['sun', 0], ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2],
  ['wednesday', 3], ['wed', 3], ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4], ['friday', 5], ['fri', 5],
  ['saturday', 6], ['sat', 6],
]);

/** Words that name a day relative to the day of writing. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1],
]);

/** Month number of a month name or abbreviation (with or without its period), or null. */
export function monthNumber(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** Weekday number (0 = Sunday) of a full weekday name or its abbreviation, or null. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAYS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}
