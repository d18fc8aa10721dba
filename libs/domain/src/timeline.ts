import { NotificationIntent } from './notifications';
import { Actor } from './roles';

/** One line of an audit's timeline, produced by the rules and recorded append-only. */
export interface TimelineEvent {
  type: string;
  summary: string;
  actor?: Actor;
  subjectId?: string;
  data?: Record<string, unknown>;
  notify?: NotificationIntent[];
}
