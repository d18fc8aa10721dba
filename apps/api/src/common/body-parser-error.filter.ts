import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';

/** What body-parser throws: an http-errors error with the status to answer (413 too large, 400 not JSON, 415 charset). */
interface BodyParserError {
  status: number;
  type: string;
  expose: boolean;
  message: string;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof error === 'object' && error !== null && (error as BodyParserError).expose === true && typeof (error as BodyParserError).status === 'number' && typeof (error as BodyParserError).type === 'string';

/**
 * A body that cannot be read is the client's fault: answer its status, naming the body, without an error in the log.
 * Anything else goes to Nest's own handling. Registered first, so the specific filters are asked before it.
 */
@Catch()
export class BodyParserErrorFilter extends BaseExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): void {
    if (!isBodyParserError(error)) return super.catch(error, host);
    const response = host.switchToHttp().getResponse<Response>();
    response.status(error.status).json({
      statusCode: error.status,
      error: error.type,
      message: `body: ${error.message}`,
      violations: [{ field: '(body)', rule: error.type, message: error.message }],
    });
  }
}
