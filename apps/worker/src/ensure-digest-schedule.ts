import { Client, ScheduleAlreadyRunning, ScheduleOptions } from '@temporalio/client';

export const DIGEST_SCHEDULE_ID = 'overdue-digest';

/** Creates the daily overdue-digest Schedule, or brings an existing one in line with the configuration. */
export async function ensureDigestSchedule(client: Client, options: { taskQueue: string; cron: string; timezone: string }): Promise<void> {
  const schedule: ScheduleOptions = {
    scheduleId: DIGEST_SCHEDULE_ID,
    spec: { cronExpressions: [options.cron], timezone: options.timezone },
    action: { type: 'startWorkflow', workflowType: 'overdueDigest', taskQueue: options.taskQueue, workflowId: DIGEST_SCHEDULE_ID },
    // One digest at a time; a missed one is not worth sending late.
    policies: { overlap: 'SKIP', catchupWindow: '1 hour' },
  };
  try {
    await client.schedule.create(schedule);
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(DIGEST_SCHEDULE_ID).update((previous) => ({ ...previous, spec: schedule.spec, action: schedule.action }));
  }
}
