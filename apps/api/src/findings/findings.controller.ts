import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { FINDING_GRADES, shortText, uuid } from '@auditflow/domain';
import { CurrentPrincipal } from '../auth/decorators';
import { Principal } from '../auth/principal';
import { FindingsService } from './findings.service';
import { commaList, pageQuery } from '../common/query-schemas';
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
  @ApiQuery({ name: 'grade', required: false, description: `comma-separated: ${FINDING_GRADES.join(', ')}` })
  @ApiQuery({ name: 'programmeId', required: false })
  @ApiQuery({ name: 'auditeeUnit', required: false })
  @ApiQuery({ name: 'criterion', required: false, description: 'clause or control, e.g. 9.2 or A.5.15' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'offset', required: false })
  list(@CurrentPrincipal() principal: Principal, @Query(new ZodPipe(findingQuerySchema, 'query')) filters: z.output<typeof findingQuerySchema>) {
    return this.findings.list(principal, filters);
  }
}
