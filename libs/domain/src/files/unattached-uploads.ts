import { durationToMs } from '../duration';

/**
 * An upload waits this long for a step to attach it (FILE_UNATTACHED_TTL); a step may attach it until then. The sweep
 * removes it only a grace period later (a twenty-fourth of the wait: an hour for a day), so a step accepted at the
 * last moment is recorded, and its file attached, before the sweep looks.
 */
export function uploadAttachableUntil(uploadedAt: Date, ttl: string): Date {
  return new Date(uploadedAt.getTime() + durationToMs(ttl));
}

export function unattachedUploadsRemovableBefore(now: Date, ttl: string): Date {
  const wait = durationToMs(ttl);
  return new Date(now.getTime() - wait - wait / 24);
}
