import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { RETRY_AFTER_SECONDS, WorkflowsUnavailable } from '../workflows/workflow-errors';

/** A 503 says when to try again. */
@Catch(WorkflowsUnavailable)
export class UnavailableFilter implements ExceptionFilter {
  catch(exception: WorkflowsUnavailable, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.status(exception.getStatus()).json(exception.getResponse());
  }
}
