export {
  ISO_IEC_27001_2022,
  STANDARD_EDITIONS,
  isStandardEdition,
  type StandardAmendment,
  type StandardEdition,
  type StandardEditionInfo,
} from './standard';
export {
  ISO27001_2022_CLAUSES,
  ISO27001_2022_CLAUSE_SECTIONS,
  findClauseRequirement,
  type ClauseRequirement,
  type ClauseSection,
  type Iso27001_2022ClauseId,
} from './iso27001-2022-clauses';
export {
  ANNEX_A_THEMES,
  ISO27001_2022_ANNEX_A,
  findAnnexAControl,
  type AnnexAControl,
  type AnnexATheme,
  type Iso27001_2022ControlId,
} from './iso27001-2022-annex-a';
export {
  CHECKLIST_METHODS,
  CLAUSE_QUESTIONS,
  CONTROL_PLACEHOLDER,
  CONTROL_QUESTIONS,
  THEME_QUESTION_TEMPLATES,
  type ChecklistMethod,
  type ChecklistQuestion,
  type ThemeQuestionTemplate,
} from './checklist-questions';
export {
  checklistItemKey,
  generateChecklist,
  type ChecklistTemplateItem,
  type GenerateChecklistInput,
} from './generate-checklist';
export { DEFAULT_ISMS_DOCUMENTS } from './isms-documents';
export { criterionRule, resolveCriterion, type AuditCriterion, type OrganisationCriterion } from './criteria';
