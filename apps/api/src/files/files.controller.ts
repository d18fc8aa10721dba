import { Controller, Get, Headers, HttpCode, Param, Post, Query, Req, StreamableFile, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/decorators';
import { Principal } from '../auth/principal';
import { ERROR_SCHEMA, openApiSchema } from '../common/openapi-schema';
import { ApiQueryFrom } from '../common/openapi-query';
import { CanonicalUuidPipe } from '../common/uuid.pipe';
import { uploadedFileSchema, uploadQuerySchema } from './file.dto';
import { FilesService } from './files.service';

@ApiTags('files')
@Controller('audits')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post(':id/files')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Upload a file to an audit (6.3, 6.4): the raw bytes as the body (application/octet-stream). Its type is read from the content and must match the name; it is yours alone until a step attaches it (fileIds) within FILE_UNATTACHED_TTL',
  })
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiQueryFrom(uploadQuerySchema)
  @ApiCreatedResponse({ description: 'the stored file: id, detected type, size and SHA-256', schema: openApiSchema(uploadedFileSchema) })
  @ApiPayloadTooLargeResponse({ description: 'larger than FILE_SIZE_LIMIT; nothing is stored', schema: ERROR_SCHEMA })
  @ApiUnprocessableEntityResponse({ description: 'the content is not the type the name says, a type not accepted, or a program; nothing is stored', schema: ERROR_SCHEMA })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  upload(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new CanonicalUuidPipe()) id: string,
    @Query() query: unknown,
    @Headers('content-length') contentLength: string | undefined,
    @Req() request: Request,
  ) {
    // A JSON or form body was parsed already and its stream is spent: the bytes must come as they are.
    if ((request as Request & { _body?: boolean })._body) throw new UnsupportedMediaTypeException('send the file as application/octet-stream, not as JSON or a form');
    const declared = contentLength === undefined ? undefined : Number(contentLength);
    return this.files.upload(principal, id, query, request, Number.isFinite(declared) ? declared : undefined).catch((error: unknown) => {
      // Refused before the whole body was read: the rest is discarded and the connection not reused, as the client
      // may still be sending into it.
      request.res?.setHeader('connection', 'close');
      request.resume();
      throw error;
    });
  }

  @Get(':id/files/:fileId')
  @ApiOperation({ summary: "Download a file of an audit, checked against the SHA-256 taken at upload; for whoever's view of the audit shows it (an auditee: what they supplied, never the team's working evidence)" })
  @ApiOkResponse({ description: 'the file as uploaded; Repr-Digest carries its SHA-256', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } })
  @ApiNotFoundResponse({ description: 'no such file, or not one you may read', schema: ERROR_SCHEMA })
  async download(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Param('fileId', new CanonicalUuidPipe()) fileId: string, @Req() request: Request) {
    const { record, content } = await this.files.download(principal, id, fileId);
    request.res?.setHeader('repr-digest', `sha-256=:${Buffer.from(record.sha256!, 'hex').toString('base64')}:`);
    return new StreamableFile(content, { type: record.mediaType, length: record.size ?? undefined, disposition: `attachment; filename*=UTF-8''${encodeURIComponent(record.name)}` });
  }
}
