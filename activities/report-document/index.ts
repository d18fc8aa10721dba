export { HASH_PREFIX_LENGTH, pageMark, reportDocumentHash } from './hash';
export { renderReportHtml } from './html';
export { renderReportPdf } from './pdf';
export { issuedReportFileId, issuedReportPdf, ReportPdf } from './issued-report';
