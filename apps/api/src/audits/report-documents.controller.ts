import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/decorators';
import { Principal } from '../auth/principal';
import { ERROR_SCHEMA } from '../common/openapi-schema';
import { CanonicalUuidPipe } from '../common/uuid.pipe';
import { ZodPipe } from '../common/zod-pipe';
import { REPORT_VERSION, ReportDocumentsService } from './report-documents.service';


@ApiTags('audits')
@Controller('audits')
export class ReportDocumentsController {
  constructor(private readonly reports: ReportDocumentsService) {}

  @Get(':id/report/preview.html')
  @ApiOperation({ summary: "Preview of the newest report version as HTML (6.5): the same document as the PDF; the audit's staff only" })
  @ApiOkResponse({ description: 'the report as one HTML page', content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse({ description: 'no report version yet, or the auditee side (which sees issued versions only)', schema: ERROR_SCHEMA })
  async previewHtml(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Res({ passthrough: true }) response: Response) {
    const html = await this.reports.preview(principal, id, 'html');
    response.setHeader('content-type', 'text/html; charset=utf-8');
    return html;
  }

  @Get(':id/report/preview.pdf')
  @ApiOperation({ summary: "Preview of the newest report version as PDF (6.5); the audit's staff only" })
  @ApiOkResponse({ description: 'the report as PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiNotFoundResponse({ description: 'no report version yet, or the auditee side (which sees issued versions only)', schema: ERROR_SCHEMA })
  async previewPdf(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string) {
    const pdf = (await this.reports.preview(principal, id, 'pdf')) as Buffer;
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="audit-report-${id}-preview.pdf"` });
  }

  @Get(':id/reports/:version.pdf')
  @ApiOperation({ summary: 'An issued report version as PDF (6.5): each page shows the version and its hash prefix; for whoever may read the issued report, the auditee side too' })
  @ApiOkResponse({ description: 'the issued report as PDF, the same bytes every time', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiNotFoundResponse({ description: 'no such version, or not issued', schema: ERROR_SCHEMA })
  // Typed as number, not z.output: the reflected type of an inferred one differs between the compiled API and its sources.
  @ApiParam({ name: 'version', description: 'the report version number', schema: { type: 'integer', minimum: 1 } })
  async issuedPdf(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Param('version', new ZodPipe(REPORT_VERSION)) version: number) {
    const pdf = await this.reports.issuedPdf(principal, id, version);
    return new StreamableFile(pdf.content, { type: 'application/pdf', disposition: `attachment; filename="${pdf.filename}"` });
  }
}
