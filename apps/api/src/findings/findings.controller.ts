import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { FINDING_GRADES, findingListItemSchema, pageSchema, shortText, uuid } from '@auditflow/domain';
import { CurrentPrincipal } from '../auth/decorators';
import { Principal } from '../auth/principal';
import { FindingsService } from './findings.service';
import { commaList, pageQuery } from '../common/query-schemas';
import { ApiQueryFrom } from '../common/openapi-query';
import { openApiSchema } from '../common/openapi-schema';
import { ZodPipe } from '../common/zod-pipe';

const findingQuerySchema = z.object({
  grade: commaList(FINDING_GRADES).optional(),
  programmeId: uuid.optional(),
  auditeeUnit: shortText.optional(),
  criterion: shortText.optional(),
  ...pageQuery,
});

/** Findings across audits, for programme monitoring (5.6): trends by grade, unit and criterion. */
@ApiTags('findings')
@Controller('findings')
export class FindingsController {
  constructor(private readonly findings: FindingsService) {}

  @Get()
  @ApiOperation({ summary: 'Findings across audits, newest first, filtered by grade, programme, auditee unit or criterion' })
  @ApiQueryFrom(findingQuerySchema, { grade: `comma-separated: ${FINDING_GRADES.join(', ')}`, criterion: 'clause or control, e.g. 9.2 or A.5.15' })
  @ApiOkResponse({ schema: openApiSchema(pageSchema(findingListItemSchema)) })
  list(@CurrentPrincipal() principal: Principal, @Query(new ZodPipe(findingQuerySchema, 'query')) filters: z.output<typeof findingQuerySchema>) {
    return this.findings.list(principal, filters);
  }
}
