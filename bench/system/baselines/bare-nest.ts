/**
 * Baseline for Auditflow's HTTP API: NestJS on Express as apps/api/src/create-api.ts builds it (no built-in body
 * parser, the JSON and form parsers mounted with the API's default limit, connections closed on close), one GET route
 * answering a small fixed JSON, and none of Auditflow's modules, guards, middleware or logging.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@auditflow/config';

export const BARE_NEST_ANSWER = { status: 'ok', service: 'bare-nest' } as const;

@Controller()
class BareController {
  @Get('bare')
  answer(): typeof BARE_NEST_ANSWER {
    return BARE_NEST_ANSWER;
  }
}

@Module({ controllers: [BareController] })
class BareModule {}

export interface BareNestEndpoint {
  /** The GET route, e.g. http://127.0.0.1:41234/bare. */
  url: string;
  close(): Promise<void>;
}

export async function startBareNestEndpoint(): Promise<BareNestEndpoint> {
  const app = await NestFactory.create<NestExpressApplication>(BareModule, { logger: false, bodyParser: false, forceCloseConnections: true });
  // REQUEST_BODY_LIMIT's default, as the API mounts its parsers (apps/api/src/hardening.ts).
  const limit = loadConfig({}).REQUEST_BODY_LIMIT;
  app.useBodyParser('json', { limit });
  app.useBodyParser('urlencoded', { limit, extended: false });
  // Port 0: the OS picks a free port at bind time, so nothing can take it between choosing and listening.
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/bare`, close: () => app.close() };
}
