/** The office's calendar day: Vietnam keeps UTC+7 all year, so "today" is the date there. */

/** The date (YYYY-MM-DD) of an instant in Asia/Ho_Chi_Minh. */
export function todayInVietnam(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The instant of a time of day (hour in Vietnam) on a date. */
export function vietnamTime(date: string, hour: number): Date {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+07:00`);
}
