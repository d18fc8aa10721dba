export { HASH_PREFIX_LENGTH, pageMark, reportDocumentHash } from './hash';
export { renderReportHtml } from './html';
export { renderReportPdf } from './pdf';
export { issuedReportPdf, ReportPdf } from './issued-report';
