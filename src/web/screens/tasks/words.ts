/** The words of the task screens, from the dictionary (counts and sentences come from the server). */
import { formatShortDateVi } from '../../lib/core';
import { translate } from '../../lib/i18n';
import type { viTasks } from '../../lib/messages-tasks';

export type TaskWord = keyof typeof viTasks;

/** A word in the current language, `{name}` filled in. */
export function w(key: TaskWord, vars?: Record<string, string | number>): string {
  return translate(`tasks.${key}`, vars);
}

/** "30/09/2023" from an ISO date or timestamp (the core's short date, in both languages). */
export function shortDate(iso: string | null | undefined): string {
  return iso ? formatShortDateVi(iso.slice(0, 10)) : '';
}

/** How a deadline reads. */
export function deadlineWords(deadline: { kind: string; date?: string; every?: string }): string {
  if (deadline.kind === 'date') return shortDate(deadline.date);
  if (deadline.kind === 'recurring')
    return deadline.every === 'month'
      ? w('kindMonth')
      : deadline.every === 'year'
        ? w('yearly')
        : w('kindQuarter');
  return deadline.kind === 'continuous' ? w('kindContinuous') : w('kindNone');
}

const BUCKETS = ['done-on-time', 'done-late', 'open-within', 'open-overdue', 'no-deadline'] as const;
type Bucket = (typeof BUCKETS)[number];

/** "Quá hạn 7 ngày", "Sắp đến hạn (còn 2 ngày)", "Trong hạn". */
export function statusWords(s: {
  bucket: string;
  dueSoon: boolean;
  daysLate: number;
  daysLeft: number | null;
}): string {
  if (s.bucket === 'open-within' && s.dueSoon) return w('dueSoonLeft', { n: s.daysLeft ?? 0 });
  const base = BUCKETS.includes(s.bucket as Bucket) ? w(`bucket_${s.bucket as Bucket}`) : s.bucket;
  if (s.bucket === 'open-overdue' || s.bucket === 'done-late')
    return w('lateBy', { status: base, n: s.daysLate });
  return base;
}

/** A channel's name in words. */
export function channelWords(channel: string): string {
  if (channel === 'in-app') return w('channelInApp');
  if (channel === 'email') return 'e-mail';
  return channel === 'sms' ? 'SMS' : channel === 'zalo' ? 'Zalo' : channel;
}
