import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { recordSecurityEvent, SecurityEventType } from '@auditflow/persistence';

/** The security record: sign-ins, failed sign-ins, tokens and directory changes, insert-only in PostgreSQL. */
@Injectable()
export class SecurityLog {
  private readonly logger = new Logger('security');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(type: SecurityEventType, event: { personId?: string; email?: string; byPersonId?: string; ip?: string; detail?: Record<string, unknown> } = {}): Promise<void> {
    await recordSecurityEvent(this.dataSource, { type, ...event });
    if (type.endsWith('.failed') || type.endsWith('.refused')) this.logger.warn(`${type} ${event.email ?? ''} ${JSON.stringify(event.detail ?? {})}`);
  }
}
