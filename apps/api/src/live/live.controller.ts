import { Controller, Param, Sse, UseGuards } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { CanonicalUuidPipe } from '../common/uuid.pipe';
import { AuditReadableGuard } from './audit-readable.guard';
import { LiveMessage, LiveService } from './live.service';

@Controller('audits')
export class LiveController {
  constructor(private readonly live: LiveService) {}

  /**
   * Server-Sent Events for an open audit page: who may read the audit may follow it (404 otherwise, as for the
   * audit). Left out of the OpenAPI document: it is a stream for the web app, not a request and answer.
   */
  @Sse(':id/live')
  @UseGuards(AuditReadableGuard)
  @ApiExcludeEndpoint()
  follow(@Param('id', new CanonicalUuidPipe()) id: string): Observable<LiveMessage> {
    return this.live.audit(id);
  }
}
