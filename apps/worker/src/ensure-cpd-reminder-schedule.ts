import { Client, ScheduleAlreadyRunning, ScheduleOptions } from '@temporalio/client';
import { durationToMs } from '@auditflow/domain';

export const CPD_REMINDER_SCHEDULE_ID = 'cpd-reminders';

/** Creates the CPD reminder Schedule (every CPD_REMINDER_EVERY), or brings an existing one in line. */
export async function ensureCpdReminderSchedule(client: Client, options: { taskQueue: string; every: string }): Promise<void> {
  const schedule: ScheduleOptions = {
    scheduleId: CPD_REMINDER_SCHEDULE_ID,
    spec: { intervals: [{ every: durationToMs(options.every) }] },
    action: { type: 'startWorkflow', workflowType: 'cpdReminders', taskQueue: options.taskQueue, workflowId: CPD_REMINDER_SCHEDULE_ID },
    // A missed run is caught up by the next one; the outbox keeps one reminder per auditor and period whatever runs.
    policies: { overlap: 'SKIP', catchupWindow: '1 hour' },
  };
  try {
    await client.schedule.create(schedule);
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(CPD_REMINDER_SCHEDULE_ID).update((previous) => ({ ...previous, spec: schedule.spec, action: schedule.action }));
  }
}
