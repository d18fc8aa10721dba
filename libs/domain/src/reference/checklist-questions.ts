import type { AnnexATheme, Iso27001_2022ControlId } from './iso27001-2022-annex-a';
import type { Iso27001_2022ClauseId } from './iso27001-2022-clauses';
import { ISO_IEC_27001_2022 } from './standard';

/** How the auditor obtains evidence for a question; the same values as an evidence method. */
export const CHECKLIST_METHODS = ['interview', 'observation', 'document', 'test'] as const;
export type ChecklistMethod = (typeof CHECKLIST_METHODS)[number];

export interface ChecklistQuestion<Id extends string = Iso27001_2022ClauseId | Iso27001_2022ControlId> {
  readonly standard: typeof ISO_IEC_27001_2022;
  /** Clause number ('9.2') or Annex A control id ('A.8.13'). */
  readonly clause: Id;
  readonly question: string;
  readonly expectedEvidence: string;
  readonly method: ChecklistMethod;
}

/** Asked for every control of a theme that has no questions of its own. */
export interface ThemeQuestionTemplate {
  readonly standard: typeof ISO_IEC_27001_2022;
  readonly theme: AnnexATheme;
  /** Contains CONTROL_PLACEHOLDER, replaced by the control id and title. */
  readonly question: string;
  readonly expectedEvidence: string;
  readonly method: ChecklistMethod;
}

export const CONTROL_PLACEHOLDER = '{control}';

function ask<Id extends string>(
  clause: Id,
  method: ChecklistMethod,
  question: string,
  expectedEvidence: string,
): ChecklistQuestion<Id> {
  return { standard: ISO_IEC_27001_2022, clause, question, expectedEvidence, method };
}

/*
 * Checklist keys number the questions of a clause by position, and evidence is linked to keys:
 * only append to a clause's questions, never insert or reorder.
 */

export const CLAUSE_QUESTIONS: readonly ChecklistQuestion<Iso27001_2022ClauseId>[] = [
  ask(
    '4.1',
    'interview',
    'Which internal and external issues bear on what the ISMS is meant to achieve, and how and how often are they revisited?',
    'Dated context analysis with an owner (issue list, SWOT or similar); minutes showing it was reviewed; issues traceable into the risk assessment.',
  ),
  ask(
    '4.1',
    'document',
    'Has the organization decided whether climate change is a relevant issue for its ISMS (Amd 1:2024), and is the reasoning recorded?',
    'Entry in the context analysis stating whether climate change is relevant and why; where relevant, related risks in the risk register.',
  ),
  ask(
    '4.2',
    'document',
    'Who are the interested parties that matter to the ISMS, what do they require, and which of those requirements does the ISMS address?',
    'Interested-party register listing legal, regulatory and contractual requirements (including any climate-related ones), marking those handled by the ISMS, with a review date.',
  ),
  ask(
    '4.3',
    'document',
    'Is the ISMS scope written down with clear boundaries, and does it account for interfaces and dependencies on activities carried out by others?',
    'Scope statement naming sites, units, processes and systems; justified exclusions; list of interfaces and dependencies such as outsourced or cloud services; consistency with the certificate scope.',
  ),
  ask(
    '4.4',
    'interview',
    'How were the ISMS processes and their interactions designed, and how is the system kept up to date and improved?',
    'Process map or ISMS manual with owners, inputs, outputs and interactions; evidence of updates made after organisational or technical change.',
  ),
  ask(
    '5.1',
    'interview',
    'How does top management visibly lead the ISMS: tying it to strategy, building it into business processes, funding it and directing people to support it?',
    'Interview with a top manager; management review decisions; approved budget and staffing; leadership communications on information security.',
  ),
  ask(
    '5.2',
    'document',
    'Is there an information security policy approved by top management that fits the organization, frames its objectives and commits to meeting requirements and improving continually?',
    'Current, dated policy with version history and approval record; explicit commitments; link to the objectives.',
  ),
  ask(
    '5.2',
    'interview',
    'Do staff know where the policy is, and is it shared with interested parties where appropriate?',
    'Intranet or handbook publication; acknowledgement records; staff able to find it when asked; external version where one is shared.',
  ),
  ask(
    '5.3',
    'document',
    'Are ISMS roles, responsibilities and authorities assigned and made known, including who keeps the ISMS conformant and who reports its performance to top management?',
    'Role descriptions or RACI, appointment records, organisation chart, performance reports actually delivered to top management.',
  ),
  ask(
    '6.1.1',
    'document',
    'How were the risks and opportunities arising from the context and interested-party requirements turned into planned actions, and how is the effect of those actions judged?',
    'Planning records tracing issues (4.1) and requirements (4.2) to risks and opportunities; actions built into ISMS processes; evaluation of their effectiveness.',
  ),
  ask(
    '6.1.2',
    'document',
    'Are the criteria for accepting risk and for carrying out risk assessments defined and approved?',
    'Risk methodology with likelihood and impact scales, acceptance thresholds and an approval record.',
  ),
  ask(
    '6.1.2',
    'test',
    'When the auditor re-applies the documented method to a sample of risks, are the results consistent and comparable with those recorded?',
    'Re-performed ratings for sampled risks matching the register, or explained differences.',
  ),
  ask(
    '6.1.2',
    'document',
    'Are risks to confidentiality, integrity and availability within scope identified, given a named owner, analysed, evaluated and prioritised, and are the results retained?',
    'Risk register with owners, likelihood, impact, risk level and priority; dated assessment reports kept as documented information.',
  ),
  ask(
    '6.1.3',
    'document',
    'Does the Statement of Applicability cover every Annex A control, justify each inclusion and exclusion, and give the implementation status of each?',
    'Current approved SoA with justifications and status for all 93 controls, consistent with the risk treatment plan.',
  ),
  ask(
    '6.1.3',
    'document',
    'Is there a risk treatment plan with chosen options and controls, approved by the risk owners, who have also accepted the residual risk?',
    'Risk treatment plan with actions, owners and dates; risk-owner sign-off; records of residual-risk acceptance.',
  ),
  ask(
    '6.1.3',
    'document',
    'Were the controls chosen for treatment checked against Annex A so that no necessary control was missed?',
    'Mapping from treatment controls to Annex A; reasoning for any controls beyond Annex A.',
  ),
  ask(
    '6.2',
    'document',
    'Are information security objectives set for relevant functions and levels, consistent with the policy, measurable where practical, planned and monitored?',
    'Objectives register with targets, measures, owners, resources, due dates and evaluation method; progress reports.',
  ),
  ask(
    '6.2',
    'interview',
    'Do the people responsible for an objective know it and how progress on it is measured?',
    'Interview notes with objective owners matching the register; recent progress figures.',
  ),
  ask(
    '6.3',
    'document',
    'When the ISMS has had to change, was the change planned rather than ad hoc?',
    'Records of ISMS changes (scope, organisation, processes) showing purpose, impact assessment, resources, responsibilities and approval.',
  ),
  ask(
    '7.1',
    'interview',
    'Has the organization worked out and provided what the ISMS needs in people, budget, tools and time?',
    'Budget lines, staffing plan for security roles, resource decisions in management review, tool inventory.',
  ),
  ask(
    '7.2',
    'document',
    'Are competence requirements set for roles affecting information security, and is competence achieved and evidenced, with gaps closed and the closure checked?',
    'Role competence profiles; training records, certificates or CVs for sampled people; actions taken on gaps and their evaluation.',
  ),
  ask(
    '7.3',
    'interview',
    'Do people working for the organization know the policy, how they contribute to the ISMS, and what follows if they do not conform?',
    'Interviews with sampled staff and contractors; awareness material; completion figures.',
  ),
  ask(
    '7.4',
    'document',
    'Has the organization decided what to communicate about the ISMS, when, to whom, how, and who does it, internally and externally?',
    'Communication plan or matrix; sample communications; records of external communications such as to customers or authorities.',
  ),
  ask(
    '7.5',
    'document',
    'Are the documents and records the standard requires, and those the organization considers necessary, identified and available?',
    'Register of ISMS documents and records mapped to requirements; sampled required items present and current.',
  ),
  ask(
    '7.5',
    'document',
    'When documents are created or updated, are they identified, in a suitable format and reviewed and approved?',
    'Document control procedure; version histories; approval records; document identification on sampled items.',
  ),
  ask(
    '7.5',
    'observation',
    'Is documented information, including that of external origin, kept available and protected, with controlled distribution, access, storage, changes, retention and disposal?',
    'Access settings in the document repository; retention schedule; handling of obsolete versions; register of external documents.',
  ),
  ask(
    '8.1',
    'document',
    'Are the processes needed for the ISMS and for the planned actions run against defined criteria, with records showing they ran as planned?',
    'Operational procedures with criteria; execution records for a sample period; control of planned changes and review of unplanned ones.',
  ),
  ask(
    '8.1',
    'document',
    'How are externally provided processes, products or services that matter to the ISMS kept under control?',
    'List of relevant external providers; contracts with security terms; monitoring or review results.',
  ),
  ask(
    '8.2',
    'document',
    'Are risk assessments carried out at planned intervals and after significant change, and are the results kept?',
    'Assessment schedule; dated results; assessments triggered by change such as new systems, reorganisation or major incidents.',
  ),
  ask(
    '8.3',
    'test',
    'Is the risk treatment plan being carried out, and are the controls it calls for actually in place for a sample of actions?',
    'Treatment status reports; evidence of implemented controls for sampled actions; overdue actions escalated; results retained.',
  ),
  ask(
    '9.1',
    'document',
    'Has the organization decided what it monitors and measures, how, when, by whom, and when the results are analysed and evaluated?',
    'Measurement plan or metric definitions; dashboards; analysis reports; an evaluation of ISMS performance and effectiveness.',
  ),
  ask(
    '9.1',
    'test',
    'Can a sample of reported measurement results be traced back to their source data, and are the results retained?',
    'Re-performed metric from source data matching the reported value; retained results.',
  ),
  ask(
    '9.2',
    'document',
    'Is there an internal audit programme setting frequency, methods, responsibilities, planning and reporting, weighted by the importance of processes and earlier results?',
    'Approved audit programme covering all clauses and applicable controls over the cycle; audit plans; risk-based prioritisation.',
  ),
  ask(
    '9.2',
    'interview',
    'Are internal auditors chosen so that audits are objective and impartial, with nobody auditing their own work?',
    'Auditor assignments compared with their operational duties; auditor competence records.',
  ),
  ask(
    '9.2',
    'document',
    'Does each audit have defined criteria and scope, are results reported to the relevant managers, and are programme and results kept as records?',
    'Audit plans with criteria and scope; audit reports and their distribution; retained programme and results.',
  ),
  ask(
    '9.3',
    'document',
    'Does top management review the ISMS at planned intervals?',
    'Schedule and minutes of management reviews with dates and attendance including top management.',
  ),
  ask(
    '9.3',
    'document',
    'Did the review consider the expected inputs: earlier actions, changes in context and interested-party needs, performance trends, audit and measurement results, nonconformities, risk status and improvement opportunities?',
    'Review agenda, input pack and minutes covering each input.',
  ),
  ask(
    '9.3',
    'document',
    'Do the review results include decisions on improvement and any needed changes to the ISMS, and are those decisions followed up?',
    'Recorded decisions and actions with owners and dates; follow-up status at the next review.',
  ),
  ask(
    '10.1',
    'interview',
    'How does the organization keep improving how suitable, adequate and effective the ISMS is?',
    'Improvement log; improvements implemented; metric trends; improvement decisions from management review.',
  ),
  ask(
    '10.2',
    'document',
    'When a nonconformity occurs, does the organization react to control and correct it and deal with the consequences?',
    'Nonconformity register with immediate corrections and consequence handling for sampled cases.',
  ),
  ask(
    '10.2',
    'test',
    'For a sample of closed nonconformities, were causes found, similar cases looked for, corrective actions taken and their effectiveness reviewed?',
    'Root-cause analyses, extent checks, corrective action records, effectiveness reviews and any resulting ISMS changes.',
  ),
];

export const THEME_QUESTION_TEMPLATES: readonly ThemeQuestionTemplate[] = [
  {
    standard: ISO_IEC_27001_2022,
    theme: 'organizational',
    method: 'document',
    question: `Is ${CONTROL_PLACEHOLDER} set out in an approved policy or procedure, owned, applied in the processes in scope and reviewed when things change?`,
    expectedEvidence:
      'Approved policy or procedure covering the control; named owner; SoA entry with implementation status; records of it being applied in sampled cases; last review date.',
  },
  {
    standard: ISO_IEC_27001_2022,
    theme: 'people',
    method: 'interview',
    question: `How is ${CONTROL_PLACEHOLDER} applied to personnel in scope when they join, change role and leave, and can staff explain what it expects of them?`,
    expectedEvidence:
      'HR procedure; files for sampled joiners, movers and leavers; signed acknowledgements; notes of staff interviews.',
  },
  {
    standard: ISO_IEC_27001_2022,
    theme: 'physical',
    method: 'observation',
    question: `At the sites and areas in scope, is ${CONTROL_PLACEHOLDER} in place, and does a walk-through match the documented arrangements?`,
    expectedEvidence:
      'Walk-through notes (photos where permitted); zone plans; inspection and maintenance logs; access or visitor records for the sampled period.',
  },
  {
    standard: ISO_IEC_27001_2022,
    theme: 'technological',
    method: 'test',
    question: `On a sample of systems in scope, is ${CONTROL_PLACEHOLDER} configured as specified, and do system outputs show it working throughout the audit period?`,
    expectedEvidence:
      'Configuration standard; exported settings for sampled systems; reports or logs covering the period; approved exceptions; recorded authorisation for any test on live systems.',
  },
];

/** Controls auditors examine most often get their own questions instead of the theme template. */
export const CONTROL_QUESTIONS: readonly ChecklistQuestion<Iso27001_2022ControlId>[] = [
  ask(
    'A.5.1',
    'document',
    'Are the information security policy and topic-specific policies approved by management, published, acknowledged by the relevant people and reviewed at planned intervals or after significant change?',
    'Policy set with approvals and review dates; acknowledgement records; evidence of review after change.',
  ),
  ask(
    'A.5.2',
    'interview',
    'Are information security roles and responsibilities defined and allocated, and do the people holding them know what they are accountable for?',
    'Role descriptions; allocation records; interviews with role holders, including asset and risk owners.',
  ),
  ask(
    'A.5.7',
    'interview',
    'Which threat information sources are followed, who analyses them, and can an example be shown where threat intelligence changed a control or the risk assessment?',
    'Feed subscriptions; analysis notes or reports; tickets or changes raised from intelligence.',
  ),
  ask(
    'A.5.9',
    'test',
    'Does the inventory of information and associated assets list owners, and does it hold up when traced from inventory to reality and from discovered assets back to the inventory?',
    'Inventory export with owners; sample traced both ways against network scans, device management or cloud consoles.',
  ),
  ask(
    'A.5.12',
    'document',
    'Is there a classification scheme based on security needs and interested-party requirements, and is information in sampled repositories classified by it?',
    'Classification scheme; classified sample of documents and data stores; owner decisions on classification.',
  ),
  ask(
    'A.5.15',
    'document',
    'Are access control rules for physical and logical access set from business and security requirements, following need-to-know and least privilege?',
    'Access control policy; role and permission matrices for sampled systems; owner approvals.',
  ),
  ask(
    'A.5.18',
    'test',
    'For sampled joiners, movers and leavers, were access rights granted with approval, adjusted on role change and removed promptly on leaving, and are access reviews done?',
    'HR joiner, mover and leaver lists reconciled with account lists; access request approvals; review sign-offs and the removals they led to.',
  ),
  ask(
    'A.5.19',
    'document',
    'Are suppliers with access to information or systems ranked by risk, with security requirements and due diligence matched to each tier?',
    'Supplier register with risk tiers; due-diligence or assessment results; supplier security policy.',
  ),
  ask(
    'A.5.23',
    'document',
    'Are acquiring, using, managing and leaving cloud services governed, with shared responsibilities understood for the cloud services actually in use?',
    'Cloud service inventory; shared-responsibility matrices; provider assurance such as certificates or audit reports; exit plans.',
  ),
  ask(
    'A.5.24',
    'document',
    'Are incident management roles, procedures, communication and escalation paths defined and exercised?',
    'Incident response plan; contact lists; exercise records with lessons learned.',
  ),
  ask(
    'A.5.26',
    'test',
    'For a sample of recent incidents, was the response carried out as planned, including containment, escalation, required notifications and closure?',
    'Incident tickets with timelines; notification records to authorities or customers where required; closure reports.',
  ),
  ask(
    'A.5.27',
    'interview',
    'What has the organization changed as a result of past incidents?',
    'Post-incident reviews; resulting control or risk changes; trend analysis of incidents.',
  ),
  ask(
    'A.5.30',
    'test',
    'Are ICT continuity needs such as recovery time and recovery point objectives derived from the business impact analysis, and have recovery tests met them?',
    'Business impact analysis; ICT continuity plans; test reports with achieved recovery times and data loss; follow-up actions.',
  ),
  ask(
    'A.5.31',
    'document',
    'Is there a current register of legal, statutory, regulatory and contractual requirements relevant to information security, with how each is met?',
    'Legal and contractual register with owners and review dates; evidence that changes in law are tracked.',
  ),
  ask(
    'A.5.34',
    'document',
    'How are the privacy and PII protection requirements that apply identified and met?',
    'Records of processing; privacy impact assessments; handling of data subject requests; data processing agreements.',
  ),
  ask(
    'A.6.1',
    'test',
    'For a sample of recent hires and contractors, were background checks done before access was granted, proportionate to the role and lawful?',
    'Screening policy; screening records dated before the access grant date for sampled people.',
  ),
  ask(
    'A.6.3',
    'interview',
    'Is there an awareness, education and training programme fitted to roles, and do completion records and staff interviews show it works?',
    'Training plan and content; completion rates; phishing-simulation or test results; interview notes.',
  ),
  ask(
    'A.6.7',
    'interview',
    'Which security rules apply when working remotely, and how does the organization know they are followed?',
    'Remote working policy; device and connection requirements; technical enforcement; interviews with remote staff.',
  ),
  ask(
    'A.6.8',
    'interview',
    'Do staff know how to report a suspected security event, and do records show reports being made and handled in time?',
    'Reporting channel; sample of event reports with handling times; staff able to describe the route.',
  ),
  ask(
    'A.7.1',
    'observation',
    'Are security perimeters defined around areas holding information and assets, and are they intact on inspection?',
    'Site plan with zones; walk-through notes on walls, doors, windows and delivery areas.',
  ),
  ask(
    'A.7.2',
    'observation',
    'Is entry to secure areas limited to authorised people, with visitors logged and escorted and access lists reviewed?',
    'Access control system lists compared with authorised staff; visitor logs; observed entry behaviour; review records.',
  ),
  ask(
    'A.7.4',
    'observation',
    'Are premises monitored for unauthorised physical access, with alarms answered and recordings kept as required?',
    'CCTV and intrusion alarm coverage; alarm response records; retention settings.',
  ),
  ask(
    'A.7.7',
    'observation',
    'Are clear desk and clear screen rules followed in the areas visited?',
    'Walk-through observations of desks, printers and unattended screens; screen-lock settings.',
  ),
  ask(
    'A.7.14',
    'document',
    'Is equipment with storage media wiped or destroyed before disposal or reuse, with evidence for each item?',
    'Disposal procedure; destruction or wiping certificates matched to asset records.',
  ),
  ask(
    'A.8.1',
    'test',
    'Are user endpoint devices enrolled in management, encrypted, patched and protected as required, as shown on a sample?',
    'Device management report for sampled devices; encryption and patch status; handling of non-compliant devices.',
  ),
  ask(
    'A.8.2',
    'test',
    'Are privileged accounts limited, individually assigned, approved, separate from everyday accounts, logged and regularly reviewed?',
    'List of privileged accounts compared with approvals; review records; privileged session or activity logs.',
  ),
  ask(
    'A.8.5',
    'test',
    'Does authentication strength match the risk of the access, for example multi-factor authentication for remote, privileged and cloud administration access?',
    'Identity provider and MFA settings; conditional access rules; exception list with approvals; sampled sign-in records.',
  ),
  ask(
    'A.8.7',
    'test',
    'Is malware protection deployed and up to date on all endpoints and servers in scope, with alerts handled?',
    'Console coverage report against the asset inventory; signature or engine currency; alert tickets.',
  ),
  ask(
    'A.8.8',
    'test',
    'Are technical vulnerabilities found (scanning, advisories), assessed and fixed within the defined time limits, with exceptions risk-accepted?',
    'Scan reports covering the inventory; remediation time limits; ticket ageing; risk acceptances for exceptions.',
  ),
  ask(
    'A.8.9',
    'test',
    'Are secure configuration baselines defined for hardware, software, services and networks, and do sampled systems match them, with drift detected?',
    'Baselines; configuration compliance reports; drift alerts and their handling.',
  ),
  ask(
    'A.8.12',
    'test',
    'Are measures in place to detect and prevent leakage of sensitive information through the channels in use?',
    'Data leakage prevention rules and coverage; sampled alerts and handling; blocked-channel settings.',
  ),
  ask(
    'A.8.13',
    'test',
    'Are backups taken as the backup policy requires, protected against loss and tampering, and restored successfully in tests?',
    'Backup policy; job logs; offline or immutable copies; restore test records with results.',
  ),
  ask(
    'A.8.15',
    'test',
    'Are the events needed for security logged, protected from tampering and kept for the defined period?',
    'Logging standard; log source list; settings on sampled systems; integrity protection; retention evidence.',
  ),
  ask(
    'A.8.16',
    'interview',
    'Are networks, systems and applications watched for anomalous behaviour, with alerts triaged and passed to incident management?',
    'Monitoring use cases; alert queue; triage records; alerts escalated into incidents.',
  ),
  ask(
    'A.8.20',
    'document',
    'Are networks and network devices secured and managed, with current network diagrams and protected management interfaces?',
    'Network diagrams; device hardening settings; firewall rule reviews; management access restrictions.',
  ),
  ask(
    'A.8.24',
    'document',
    'Are rules for cryptography and key management defined and applied to data in transit and at rest?',
    'Cryptography policy; TLS and encryption settings on sampled systems; key generation, rotation and revocation records.',
  ),
  ask(
    'A.8.25',
    'document',
    'Are security activities built into each stage of the development life cycle, from requirements to release?',
    'Development life cycle description with security gates; sampled project records showing the gates were passed.',
  ),
  ask(
    'A.8.28',
    'test',
    'Are secure coding practices applied and checked before release through review and automated analysis?',
    'Coding guidelines; pull request reviews; static analysis and dependency scan results with triage; release gate records.',
  ),
  ask(
    'A.8.32',
    'test',
    'For a sample of changes to systems and facilities, was each requested, risk-assessed, tested, approved and recorded, with emergency changes reviewed afterwards?',
    'Change tickets with approvals and test evidence; deployment logs reconciled with tickets; post-implementation reviews of emergency changes.',
  ),
];
