import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import type { FileStore } from '@auditflow/file-store';
import { createDigestActivities } from './digest/queue-overdue-digests';
import { createNotificationActivities } from './notifications/deliver';
import { createProjectionActivities } from './projection/record-progress';
import { createProgrammeProjectionActivities } from './projection/record-programme-progress';
import { createProgrammeKpiActivities } from './projection/programme-kpi-figures';
import { createRetentionActivities } from './retention/records-disposal';
import { createFileSweepActivities } from './files/remove-unattached';
import { createCpdReminderActivities } from './cpd/queue-cpd-reminders';
import type { DeliveryMetrics } from './notifications/delivery-metrics';

export { createMailTransport } from './notifications/transport';
export { PlannedMailDispatcher } from './notifications/planned-mail-dispatcher';
export type { DeliveryMetrics, TimerMail } from './notifications/delivery-metrics';

/** What activities need from the outside world, passed in explicitly. */
export interface ActivityDependencies {
  dataSource: DataSource;
  mailTransport: Transporter;
  mailFrom: string;
  publicUrl: string;
  fileStore: FileStore;
  /** FILE_UNATTACHED_TTL. */
  unattachedTtl: string;
  /** CPD_HOURS_PER_YEAR and CPD_REMINDER_EVERY. */
  cpdHoursPerYear: number;
  cpdReminderEvery: string;
  /** Counts mail delivery (the worker's metrics); nothing when absent. */
  metrics?: DeliveryMetrics;
}

export function createActivities(deps: ActivityDependencies) {
  return {
    ...createProjectionActivities({ dataSource: deps.dataSource }),
    ...createProgrammeProjectionActivities({ dataSource: deps.dataSource }),
    ...createProgrammeKpiActivities({ dataSource: deps.dataSource }),
    ...createNotificationActivities({ dataSource: deps.dataSource, transport: deps.mailTransport, mailFrom: deps.mailFrom, publicUrl: deps.publicUrl, fileStore: deps.fileStore, metrics: deps.metrics }),
    ...createDigestActivities({ dataSource: deps.dataSource, publicUrl: deps.publicUrl }),
    ...createFileSweepActivities({ dataSource: deps.dataSource, fileStore: deps.fileStore, unattachedTtl: deps.unattachedTtl }),
    ...createRetentionActivities({ dataSource: deps.dataSource, fileStore: deps.fileStore }),
    ...createCpdReminderActivities({ dataSource: deps.dataSource, publicUrl: deps.publicUrl, cpdHoursPerYear: deps.cpdHoursPerYear, cpdReminderEvery: deps.cpdReminderEvery }),
  };
}

export type AuditflowActivities = ReturnType<typeof createActivities>;
