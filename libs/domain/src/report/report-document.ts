import type { AuditDetailWithoutTimeline } from '../views/audit-detail';

/**
 * The audit report as a document (ISO 19011 6.5): one model that the HTML and PDF renderers both draw, so the two
 * never say different things. It holds only what is fixed once the version is issued (no phase, no report status
 * that later turns to superseded), so an issued version's model, and its hash, stay the same.
 */
export interface ReportDocument {
  auditId: string;
  title: string;
  version: number;
  /** Present once the version is issued; a preview of a version not issued says so on its cover. */
  issue?: { at: string; by: string; recipients: string[] };
  /** For a version not issued: its status (draft, reviewed, approved). */
  previewOf?: string;
  sections: ReportSection[];
}

export interface ReportSection {
  heading: string;
  blocks: ReportBlock[];
}

export type ReportBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'fields'; fields: [label: string, value: string][] }
  | { kind: 'table'; columns: string[]; rows: string[][]; widths: number[] };

/** The report version's sections, in the order 6.5 lists them, optional ones only when they have something to say. */
export function buildReportDocument(detail: AuditDetailWithoutTimeline, version: number): ReportDocument | undefined {
  const report = detail.reports.find((candidate) => candidate.version === version);
  if (!report) return undefined;
  const definition = detail.audit.definition;
  const header = detail.audit.header;
  const scope = header.scopeChanges.at(-1)?.scope ?? definition.scope;
  const objectives = header.scopeChanges.at(-1)?.objectives ?? definition.objectives;
  const plan = [...detail.plans].reverse().find((candidate) => candidate.status === 'accepted');
  const held = detail.meetings.filter((meeting) => meeting.status === 'held');
  const person = (who: { name: string; email: string }) => `${who.name} <${who.email}>`;
  const content = report.content;

  const sections: ReportSection[] = [
    { heading: 'Audit objectives', blocks: [{ kind: 'list', items: objectives }] },
    {
      heading: 'Audit scope',
      blocks: [
        {
          kind: 'fields',
          fields: [
            ['Units', scope.units.join(', ')],
            ['Sites', scope.sites.join(', ') || 'none named'],
            ['Processes', scope.processes.join(', ') || 'none named'],
            ['Period', scope.period ?? `${day(definition.plannedStart)} to ${day(definition.plannedEnd)}`],
          ],
        },
      ],
    },
    {
      heading: 'Audit client and auditee',
      blocks: [
        {
          kind: 'fields',
          fields: [
            ['Audit client', `${person(definition.programmeManager)}, programme manager of programme ${definition.programmeId}`],
            ['Auditee', definition.auditee.unit],
            ['Auditee representative', person(definition.auditee.representative)],
            ['Auditee manager', person(definition.auditee.manager)],
          ],
        },
      ],
    },
    {
      heading: 'Audit team and participants',
      blocks: [
        { kind: 'table', columns: ['Name', 'E-mail', 'Role', 'Unit'], widths: [3, 4, 2, 2], rows: detail.team.map((member) => [member.name, member.email, member.role, member.unit ?? '']) },
        ...participants(detail),
      ],
    },
    {
      heading: 'Dates and locations',
      blocks: [
        {
          kind: 'fields',
          fields: [
            ['Planned', `${day(definition.plannedStart)} to ${day(definition.plannedEnd)}`],
            ...(plan ? ([['Fieldwork', `${day(plan.content.fieldworkStart)} to ${day(plan.content.fieldworkEnd)}`], ['Locations', plan.content.locations.join(', ')]] as [string, string][]) : []),
          ],
        },
        ...(detail.meetings.length
          ? [
              {
                kind: 'table' as const,
                columns: ['Meeting', 'Starts', 'Ends', 'Location', 'Status'],
                widths: [3, 2, 2, 3, 1],
                rows: detail.meetings.map((meeting) => [meeting.title, minute(meeting.startsAt), minute(meeting.endsAt), meeting.location, meeting.status]),
              },
            ]
          : []),
      ],
    },
    { heading: 'Audit criteria', blocks: [{ kind: 'list', items: definition.criteria }] },
    {
      heading: 'Audit findings',
      blocks: detail.findings.length
        ? [
            {
              kind: 'table',
              columns: ['Finding', 'Grade', 'Clause / Annex A control', 'Statement', 'Evidence'],
              widths: [1, 2.5, 2, 5, 2],
              rows: detail.findings.map((finding) => [finding.id, gradeLabel(finding.grade), finding.criterion, finding.statement, finding.evidenceIds.join(', ') || 'none']),
            },
          ]
        : [{ kind: 'paragraph', text: 'No findings were recorded.' }],
    },
    {
      heading: 'Audit conclusions',
      blocks: [
        { kind: 'paragraph', text: content.summary },
        ...(header.conclusions
          ? [
              {
                kind: 'fields' as const,
                fields: [
                  ['Effectiveness', header.conclusions.effectiveness],
                  ['Audit objectives met', header.conclusions.objectivesMet ? 'yes' : 'no'],
                  ...(header.conclusions.trends ? [['Trends', header.conclusions.trends]] : []),
                ] as [string, string][],
              },
            ]
          : []),
      ],
    },
    { heading: 'Degree to which the audit criteria are fulfilled', blocks: [{ kind: 'paragraph', text: header.conclusions?.conformityDegree ?? 'Not recorded.' }] },
    { heading: 'Unresolved diverging opinions', blocks: divergingOpinions(detail, held) },
    { heading: 'Sampling', blocks: [{ kind: 'paragraph', text: content.samplingStatement }] },
  ];
  if (plan) {
    sections.push({
      heading: 'Audit plan',
      blocks: [
        {
          kind: 'fields',
          fields: [
            ['Plan version', `${plan.version}, accepted`],
            ['Methods', plan.content.methods.join(', ')],
            ...(plan.content.sampling ? [['Sampling', plan.content.sampling]] : []),
            ['Opening meeting', minute(plan.content.openingMeetingAt)],
            ['Closing meeting', minute(plan.content.closingMeetingAt)],
          ] as [string, string][],
        },
      ],
    });
  }
  const followUp = [content.agreedActions, ...held.map((meeting) => meeting.held?.followUpExpectations)].filter((text): text is string => !!text);
  const optional: [string, string | undefined][] = [
    ['Obstacles encountered', content.obstacles],
    ['Areas not covered', content.areasNotCovered],
    ['Good practice', content.goodPractice],
    ['Agreed follow-up', followUp.length ? followUp.join('\n') : undefined],
    ['Confidentiality', content.confidentialityStatement],
  ];
  for (const [heading, text] of optional) if (text) sections.push({ heading, blocks: [{ kind: 'paragraph', text }] });
  sections.push({ heading: 'Appendix: checklist coverage', blocks: [checklistCoverage(detail)] });

  return {
    auditId: definition.auditId,
    title: definition.title,
    version: report.version,
    ...(report.issue ? { issue: { at: report.issue.at, by: report.issue.by, recipients: report.issue.recipients } } : { previewOf: report.status }),
    sections,
  };
}

/** Evidence that counts: an auditor in training's only once their supervisor confirmed it (6.4.7). */
export function countingEvidence<T extends { supervisor?: string; confirmation?: unknown }>(evidence: T[]): T[] {
  return evidence.filter((item) => !item.supervisor || item.confirmation);
}

function checklistCoverage(detail: AuditDetailWithoutTimeline): ReportBlock {
  const counted = countingEvidence(detail.evidence);
  return {
    kind: 'table',
    columns: ['Item', 'Clause', 'Question', 'Audited', 'Evidence'],
    widths: [1, 2, 5, 1.3, 1.3],
    rows: detail.checklist.map((item) => {
      const evidence = counted.filter((candidate) => candidate.checklistItemId === item.id).length;
      return [item.id, `${item.standard} ${item.clause}`, item.question, evidence ? 'yes' : 'no', String(evidence)];
    }),
  };
}

/** Who took part besides the team: attendance of held meetings, observers and guides agreed at contact. */
function participants(detail: AuditDetailWithoutTimeline): ReportBlock[] {
  const team = new Set(detail.team.map((member) => member.email.toLowerCase()));
  const attended = [...new Set(detail.meetings.flatMap((meeting) => meeting.held?.attendance ?? []))].filter((email) => !team.has(email.toLowerCase()));
  const contact = detail.audit.header.contact;
  const fields: [string, string][] = [];
  if (attended.length) fields.push(['Auditee participants', attended.join(', ')]);
  if (contact?.observers?.length) fields.push(['Observers', contact.observers.map((observer) => `${observer.name} <${observer.email}>`).join(', ')]);
  if (contact?.guides?.length) fields.push(['Guides', contact.guides.map((guide) => `${guide.name} <${guide.email}>`).join(', ')]);
  return fields.length ? [{ kind: 'fields', fields }] : [];
}

/** Opinions left diverging at held meetings, and disputed findings the team leader upheld against the auditee. */
function divergingOpinions(detail: AuditDetailWithoutTimeline, held: AuditDetailWithoutTimeline['meetings']): ReportBlock[] {
  const items = [
    ...held.flatMap((meeting) => (meeting.held?.divergingOpinions ?? []).map((opinion) => `${meeting.title}: ${opinion}`)),
    ...detail.findings
      .filter((finding) => finding.response && !finding.response.acknowledged && finding.disputeResolution?.outcome !== 'withdrawn')
      .map((finding) => {
        const resolution = finding.disputeResolution ? `; the team leader ${finding.disputeResolution.outcome} it: ${finding.disputeResolution.reason}` : '; not resolved';
        return `${finding.id}: the auditee disagrees (${finding.response!.disagreement ?? 'no reason given'})${resolution}`;
      }),
  ];
  return items.length ? [{ kind: 'list', items }] : [{ kind: 'paragraph', text: 'None: the auditee and the team left no opinion diverging.' }];
}

/** A grade as the report writes it: major-nonconformity → major nonconformity. */
export function gradeLabel(grade: string): string {
  return grade.replace(/-/g, ' ');
}

/** Dates as written in the report: the UTC day, or the UTC minute. */
function day(timestamp: string): string {
  return timestamp.slice(0, 10);
}

function minute(timestamp: string): string {
  return `${timestamp.slice(0, 10)} ${timestamp.slice(11, 16)} UTC`;
}
