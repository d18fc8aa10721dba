import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { createHash } from 'node:crypto';
import { from, Observable, of, switchMap } from 'rxjs';
import { DataSource } from 'typeorm';
import { AppConfig } from '@auditflow/config';
import { durationToMs, invalid } from '@auditflow/domain';
import { claimIdempotencyKey, storeIdempotentResponse } from '@auditflow/persistence';
import { AuthenticatedRequest } from '../auth/principal';
import { APP_CONFIG } from '../infrastructure/tokens';
import { IDEMPOTENCY_KEY_HEADER, readIdempotencyKey } from './idempotency-key';
import { IDEMPOTENT_ROUTE } from './idempotent.decorator';

/**
 * `Idempotency-Key` on a POST: the same key with the same request answers what the first one answered (the step is
 * not taken twice); the same key with another request is a 422. The key also reaches the handler, which uses it as
 * the Temporal Update id, so Temporal deduplicates the step even while the first answer is not stored yet.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly ttlMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.ttlMs = durationToMs(config.IDEMPOTENCY_KEY_TTL);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { idempotencyKey?: string }>();
    if (Reflect.getMetadata(IDEMPOTENT_ROUTE, context.getHandler()) !== true) return next.handle();
    const key = readIdempotencyKey(request);
    if (!key || !request.principal) return next.handle();
    const personId = request.principal.personId;
    const requestHash = createHash('sha256').update(`${request.method} ${request.path}\n${JSON.stringify(request.body ?? null)}`).digest('base64url');
    return from(
      claimIdempotencyKey(this.dataSource, { personId, key, requestHash, method: request.method, path: request.path, expiresAt: new Date(Date.now() + this.ttlMs) }),
    ).pipe(
      switchMap((claim) => {
        if (claim.state === 'different-request') {
          throw invalid(`header.${IDEMPOTENCY_KEY_HEADER}`, 'this key was used for a different request; use a new key for a new request');
        }
        if (claim.state === 'done') {
          const response = context.switchToHttp().getResponse<Response>();
          response.status(claim.status).setHeader('Idempotent-Replayed', 'true');
          return of(claim.response);
        }
        request.idempotencyKey = key;
        return next.handle().pipe(
          switchMap((body) => {
            // Nest sets the route's status after the interceptors; the stored answer needs it now.
            const status = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
            return from(storeIdempotentResponse(this.dataSource, personId, key, status, body).then(() => body));
          }),
        );
      }),
    );
  }
}

