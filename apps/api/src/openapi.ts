import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { documentActionEndpoints } from './audits/action-openapi';

/** The OpenAPI document, generated from controllers and from the action registry. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Auditflow')
    .setDescription(
      'ISMS audits (ISO/IEC 27007:2020 over ISO 19011:2018) as durable Temporal workflows. ' +
        'Every human step is one POST; the caller states who acts in the x-actor-email and x-actor-role headers.',
    )
    .setVersion('0.1.0')
    .build();
  return documentActionEndpoints(SwaggerModule.createDocument(app, config));
}

export function mountOpenApi(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}
