import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { filter, interval, map, merge, Observable, startWith, Subject, takeUntil } from 'rxjs';
import { DataSource } from 'typeorm';
import { listenToRecordedAudits } from '@auditflow/persistence';

/** What an open page receives: `recorded` when its audit's timeline grew, `heartbeat` to keep proxies from closing. */
export interface LiveMessage {
  type: 'recorded' | 'heartbeat';
  data: { auditId?: string };
}

const HEARTBEAT_MS = 25_000;
const RELISTEN_MS = 2_000;

/**
 * One PostgreSQL LISTEN per API instance, shared by every open page: each committed timeline write reaches the
 * pages open on that audit, whichever instance or worker wrote it. A lost connection is listened on again; pages
 * read the audit afresh when their stream reconnects, so nothing recorded meanwhile is missed.
 */
@Injectable()
export class LiveService implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('live');
  private readonly recorded = new Subject<string>();
  private readonly shuttingDown = new Subject<void>();
  private stop?: () => Promise<void>;
  private closing = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  /** Before the HTTP server closes: it waits for open responses, and a page's stream would never end by itself. */
  beforeApplicationShutdown(): void {
    this.shuttingDown.next();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.stop?.();
  }

  /** The stream for one audit's open pages. */
  audit(auditId: string): Observable<LiveMessage> {
    const changes = this.recorded.pipe(
      filter((id) => id === auditId),
      map((): LiveMessage => ({ type: 'recorded', data: { auditId } })),
    );
    const heartbeat: LiveMessage = { type: 'heartbeat', data: {} };
    // The first heartbeat at once: it sends the response's headers, so the page knows it is following from now on.
    return merge(changes, interval(HEARTBEAT_MS).pipe(map(() => heartbeat))).pipe(startWith(heartbeat), takeUntil(this.shuttingDown));
  }

  private async listen(): Promise<void> {
    try {
      this.stop = await listenToRecordedAudits(this.dataSource, (auditId) => this.recorded.next(auditId), (error) => this.relisten(error));
    } catch (error) {
      this.relisten(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private relisten(error: Error): void {
    this.stop = undefined;
    if (this.closing) return;
    this.logger.warn(`listening for recorded audits failed (${error.message}); trying again in ${RELISTEN_MS} ms`);
    setTimeout(() => void this.listen(), RELISTEN_MS).unref();
  }
}
