import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { DeliveryMetrics, TimerMail } from '@auditflow/activities';
import type { NotificationKind } from '@auditflow/domain';
import { countTasks, TaskCounts } from './task-counts';

/**
 * Auditflow's own metrics of one worker: mail delivery by notification kind, escalations by rung, how late the
 * clock's mails went out, and the read model's open and overdue tasks (counted at each scrape), plus prom-client's
 * process metrics. A registry of its own per worker, so several workers in one process (the tests) do not collide.
 */
export class WorkerMetrics implements DeliveryMetrics {
  readonly registry = new Registry();
  private readonly sent = this.perKind('auditflow_mails_sent_total', 'Mails the SMTP server accepted, by notification kind');
  private readonly failed = this.perKind(
    'auditflow_mails_failed_total',
    'Send attempts the SMTP server did not take: for now (retried) or for good (undeliverable), by notification kind',
  );
  private readonly retries = this.perKind('auditflow_mail_retries_total', 'Send attempts after a failed attempt of the same notification, by kind');
  private readonly escalations = new Counter({
    name: 'auditflow_escalations_fired_total',
    help: 'Escalation mails that left the outbox (sent or undeliverable), by rung of the ladder (1 = the overdue mail)',
    labelNames: ['rung'] as const,
    registers: [this.registry],
  });
  private readonly lateness = new Histogram({
    name: 'auditflow_timer_lateness_seconds',
    help: 'Seconds from the moment a reminder or escalation was due to its mail being sent',
    labelNames: ['kind'] as const,
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600, 4 * 3600, 24 * 3600],
    registers: [this.registry],
  });
  /** One query per scrape, shared by both gauges (prom-client collects them concurrently). */
  private counting: Promise<TaskCounts> | undefined;

  constructor(private readonly dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    this.taskGauge('auditflow_open_tasks', 'Tasks not yet done or cancelled, of audits, corrective actions and programmes', 'open');
    this.taskGauge('auditflow_overdue_tasks', 'Of the open tasks, those past their due date', 'overdue');
  }

  mailSent(kind: NotificationKind): void {
    this.sent.inc({ kind });
  }

  mailFailed(kind: NotificationKind): void {
    this.failed.inc({ kind });
  }

  mailRetried(kind: NotificationKind): void {
    this.retries.inc({ kind });
  }

  escalationFired(rung: number): void {
    this.escalations.inc({ rung: String(rung) });
  }

  timerMailSent(timer: TimerMail, seconds: number): void {
    this.lateness.observe({ kind: timer }, seconds);
  }

  private perKind(name: string, help: string): Counter<'kind'> {
    return new Counter({ name, help, labelNames: ['kind'] as const, registers: [this.registry] });
  }

  private taskGauge(name: string, help: string, count: keyof TaskCounts): void {
    const read = () => this.taskCounts();
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        this.set((await read())[count]);
      },
    });
  }

  private taskCounts(): Promise<TaskCounts> {
    this.counting ??= countTasks(this.dataSource).finally(() => (this.counting = undefined));
    return this.counting;
  }
}
