import { ISO_IEC_27001_2022 } from './standard';

export const ANNEX_A_THEMES = ['organizational', 'people', 'physical', 'technological'] as const;
export type AnnexATheme = (typeof ANNEX_A_THEMES)[number];

/** An ISO/IEC 27001:2022 Annex A control (the same set as ISO/IEC 27002:2022). */
export interface AnnexAControl<Id extends string = string> {
  readonly standard: typeof ISO_IEC_27001_2022;
  readonly id: Id;
  readonly title: string;
  readonly theme: AnnexATheme;
}

function themed(theme: AnnexATheme) {
  return <Id extends string>(id: Id, title: string): AnnexAControl<Id> => ({
    standard: ISO_IEC_27001_2022,
    id,
    title,
    theme,
  });
}

const organizational = themed('organizational');
const people = themed('people');
const physical = themed('physical');
const technological = themed('technological');

/** Annex A as published: 37 organizational, 8 people, 14 physical and 34 technological controls. */
export const ISO27001_2022_ANNEX_A = [
  organizational('A.5.1', 'Policies for information security'),
  organizational('A.5.2', 'Information security roles and responsibilities'),
  organizational('A.5.3', 'Segregation of duties'),
  organizational('A.5.4', 'Management responsibilities'),
  organizational('A.5.5', 'Contact with authorities'),
  organizational('A.5.6', 'Contact with special interest groups'),
  organizational('A.5.7', 'Threat intelligence'),
  organizational('A.5.8', 'Information security in project management'),
  organizational('A.5.9', 'Inventory of information and other associated assets'),
  organizational('A.5.10', 'Acceptable use of information and other associated assets'),
  organizational('A.5.11', 'Return of assets'),
  organizational('A.5.12', 'Classification of information'),
  organizational('A.5.13', 'Labelling of information'),
  organizational('A.5.14', 'Information transfer'),
  organizational('A.5.15', 'Access control'),
  organizational('A.5.16', 'Identity management'),
  organizational('A.5.17', 'Authentication information'),
  organizational('A.5.18', 'Access rights'),
  organizational('A.5.19', 'Information security in supplier relationships'),
  organizational('A.5.20', 'Addressing information security within supplier agreements'),
  organizational('A.5.21', 'Managing information security in the ICT supply chain'),
  organizational('A.5.22', 'Monitoring, review and change management of supplier services'),
  organizational('A.5.23', 'Information security for use of cloud services'),
  organizational('A.5.24', 'Information security incident management planning and preparation'),
  organizational('A.5.25', 'Assessment and decision on information security events'),
  organizational('A.5.26', 'Response to information security incidents'),
  organizational('A.5.27', 'Learning from information security incidents'),
  organizational('A.5.28', 'Collection of evidence'),
  organizational('A.5.29', 'Information security during disruption'),
  organizational('A.5.30', 'ICT readiness for business continuity'),
  organizational('A.5.31', 'Legal, statutory, regulatory and contractual requirements'),
  organizational('A.5.32', 'Intellectual property rights'),
  organizational('A.5.33', 'Protection of records'),
  organizational('A.5.34', 'Privacy and protection of PII'),
  organizational('A.5.35', 'Independent review of information security'),
  organizational('A.5.36', 'Compliance with policies, rules and standards for information security'),
  organizational('A.5.37', 'Documented operating procedures'),
  people('A.6.1', 'Screening'),
  people('A.6.2', 'Terms and conditions of employment'),
  people('A.6.3', 'Information security awareness, education and training'),
  people('A.6.4', 'Disciplinary process'),
  people('A.6.5', 'Responsibilities after termination or change of employment'),
  people('A.6.6', 'Confidentiality or non-disclosure agreements'),
  people('A.6.7', 'Remote working'),
  people('A.6.8', 'Information security event reporting'),
  physical('A.7.1', 'Physical security perimeters'),
  physical('A.7.2', 'Physical entry'),
  physical('A.7.3', 'Securing offices, rooms and facilities'),
  physical('A.7.4', 'Physical security monitoring'),
  physical('A.7.5', 'Protecting against physical and environmental threats'),
  physical('A.7.6', 'Working in secure areas'),
  physical('A.7.7', 'Clear desk and clear screen'),
  physical('A.7.8', 'Equipment siting and protection'),
  physical('A.7.9', 'Security of assets off-premises'),
  physical('A.7.10', 'Storage media'),
  physical('A.7.11', 'Supporting utilities'),
  physical('A.7.12', 'Cabling security'),
  physical('A.7.13', 'Equipment maintenance'),
  physical('A.7.14', 'Secure disposal or re-use of equipment'),
  technological('A.8.1', 'User end point devices'),
  technological('A.8.2', 'Privileged access rights'),
  technological('A.8.3', 'Information access restriction'),
  technological('A.8.4', 'Access to source code'),
  technological('A.8.5', 'Secure authentication'),
  technological('A.8.6', 'Capacity management'),
  technological('A.8.7', 'Protection against malware'),
  technological('A.8.8', 'Management of technical vulnerabilities'),
  technological('A.8.9', 'Configuration management'),
  technological('A.8.10', 'Information deletion'),
  technological('A.8.11', 'Data masking'),
  technological('A.8.12', 'Data leakage prevention'),
  technological('A.8.13', 'Information backup'),
  technological('A.8.14', 'Redundancy of information processing facilities'),
  technological('A.8.15', 'Logging'),
  technological('A.8.16', 'Monitoring activities'),
  technological('A.8.17', 'Clock synchronization'),
  technological('A.8.18', 'Use of privileged utility programs'),
  technological('A.8.19', 'Installation of software on operational systems'),
  technological('A.8.20', 'Networks security'),
  technological('A.8.21', 'Security of network services'),
  technological('A.8.22', 'Segregation of networks'),
  technological('A.8.23', 'Web filtering'),
  technological('A.8.24', 'Use of cryptography'),
  technological('A.8.25', 'Secure development life cycle'),
  technological('A.8.26', 'Application security requirements'),
  technological('A.8.27', 'Secure system architecture and engineering principles'),
  technological('A.8.28', 'Secure coding'),
  technological('A.8.29', 'Security testing in development and acceptance'),
  technological('A.8.30', 'Outsourced development'),
  technological('A.8.31', 'Separation of development, test and production environments'),
  technological('A.8.32', 'Change management'),
  technological('A.8.33', 'Test information'),
  technological('A.8.34', 'Protection of information systems during audit testing'),
] as const;

export type Iso27001_2022ControlId = (typeof ISO27001_2022_ANNEX_A)[number]['id'];

export function findAnnexAControl(id: string): AnnexAControl<Iso27001_2022ControlId> | undefined {
  return ISO27001_2022_ANNEX_A.find((control) => control.id === id);
}
