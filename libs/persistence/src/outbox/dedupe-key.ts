/**
 * The outbox key of a notification intent. Intent keys are unique within a workflow (and its continue-as-new
 * chain), so prefixing the workflow id makes them unique everywhere and stable across retries and replays.
 */
export function notificationDedupeKey(workflowId: string, intentKey: string): string {
  return `${workflowId}:${intentKey}`;
}
