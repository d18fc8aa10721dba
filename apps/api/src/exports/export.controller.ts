import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/decorators';
import { Principal } from '../auth/principal';
import { ERROR_SCHEMA } from '../common/openapi-schema';
import { CanonicalUuidPipe } from '../common/uuid.pipe';
import { ExportService } from './export.service';

@ApiTags('audits')
@Controller('audits')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get(':id/export.zip')
  @ApiOperation({
    summary:
      "The audit's record as one ZIP, for a certification body or an archive: the issued report PDFs (report/), the timeline as JSON and CSV, supplied documents' files (documents/{documentId}/) and, for the team, evidence files (evidence/{evidenceId}/), the audit as JSON, and SHA256SUMS last (check with `sha256sum -c SHA256SUMS`). For whoever may read the audit, as their view of it shows it. A file whose stored bytes no longer match its hash ends the download before the manifest",
  })
  @ApiOkResponse({ description: 'the ZIP, streamed', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } })
  @ApiNotFoundResponse({ description: 'no such audit, or not one you may read', schema: ERROR_SCHEMA })
  async record(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string) {
    const archive = await this.exports.record(principal, id);
    return new StreamableFile(archive, { type: 'application/zip', disposition: `attachment; filename="audit-${id}-record.zip"` });
  }
}
