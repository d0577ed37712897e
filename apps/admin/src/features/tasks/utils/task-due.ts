import type { ClientTask } from '../api/task-types';

export type DueState = 'overdue' | 'dueSoon' | 'later' | 'none';

const soonMs = 24 * 60 * 60 * 1000;

/** Where an open task stands against its due date: overdue, due within a day, later, or undated. */
export function dueState(task: Pick<ClientTask, 'dueAt' | 'status'>, now: Date): DueState {
  if (task.status !== 'open' || !task.dueAt) return 'none';
  const due = new Date(task.dueAt).getTime();
  if (Number.isNaN(due)) return 'none';
  if (due < now.getTime()) return 'overdue';
  return due - now.getTime() <= soonMs ? 'dueSoon' : 'later';
}

/** A `datetime-local` input value (local time, no zone) as the instant the API takes; null when empty. */
export function localDateTimeToIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
