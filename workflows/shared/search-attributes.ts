import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Typed keys for the attributes listed in libs/domain/src/search-attributes.ts. */
export const AuditPhaseKey = defineSearchAttributeKey('AuditPhase', SearchAttributeType.KEYWORD);
export const AuditProgrammeKey = defineSearchAttributeKey('AuditProgramme', SearchAttributeType.KEYWORD);
export const AuditeeUnitKey = defineSearchAttributeKey('AuditeeUnit', SearchAttributeType.KEYWORD);
export const AuditNextDueAtKey = defineSearchAttributeKey('AuditNextDueAt', SearchAttributeType.DATETIME);
