import type { WorkflowHandle } from '@temporalio/client';

/** A workflow's history as the client fetches it, and one of its events. */
export type History = Awaited<ReturnType<WorkflowHandle['fetchHistory']>>;
export type HistoryEvent = NonNullable<History['events']>[number];

/** A history kept by a test, for assertions and replays. */
export interface Recorded {
  workflowId: string;
  history: History;
}

/** One detail of a marker the SDK's core recorded (it writes them as JSON), or undefined when the event is not that marker. */
export function markerData(event: HistoryEvent, markerName: string, key: string): unknown {
  const marker = event.markerRecordedEventAttributes;
  const data = marker?.markerName === markerName ? marker.details?.[key]?.payloads?.[0]?.data : undefined;
  return data ? JSON.parse(Buffer.from(data).toString('utf8')) : undefined;
}

/** The id of the patch a `patched()` marker records. */
export const patchIdOf = (event: HistoryEvent) => (markerData(event, 'core_patch', 'patch-data') as { id?: string } | undefined)?.id;
