import { Client, ScheduleAlreadyRunning, ScheduleOptions } from '@temporalio/client';

export const FILE_SWEEP_SCHEDULE_ID = 'unattached-file-sweep';

/** Creates the hourly sweep of unattached uploads, or brings an existing one in line. */
export async function ensureFileSweepSchedule(client: Client, options: { taskQueue: string }): Promise<void> {
  const schedule: ScheduleOptions = {
    scheduleId: FILE_SWEEP_SCHEDULE_ID,
    spec: { intervals: [{ every: '1 hour' }] },
    action: { type: 'startWorkflow', workflowType: 'unattachedFileSweep', taskQueue: options.taskQueue, workflowId: FILE_SWEEP_SCHEDULE_ID },
    // A missed sweep is caught up by the next one.
    policies: { overlap: 'SKIP', catchupWindow: '1 hour' },
  };
  try {
    await client.schedule.create(schedule);
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(FILE_SWEEP_SCHEDULE_ID).update((previous) => ({ ...previous, spec: schedule.spec, action: schedule.action }));
  }
}
