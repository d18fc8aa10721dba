import { WEB_PAGES } from '@auditflow/domain';

/** The launch page, its form prefilled for the window and sent to the window's launch (the programme's workflow starts the audit). */
export const launchWindowPath = (programmeId: string, windowId: string) =>
  `${WEB_PAGES.launchAudit}?${new URLSearchParams({ programme: programmeId, window: windowId }).toString()}`;
