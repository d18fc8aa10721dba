import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { AuditActionName, AuditState, CorrectiveActionState, FollowUpActionName } from '../libs/domain/src';
import type { Actor } from '../libs/domain/src/roles';

/** What a person sends with every human step: who acts, in which role, with what data (validated by the rules). */
export interface ActionRequest {
  actor: Actor;
  payload: unknown;
}

/** What a step answers: the phase after it and what it recorded. Kept small because Temporal stores it in history. */
export interface ActionResult {
  phase: string;
  events: { type: string; summary: string; subjectId?: string }[];
}

const auditUpdates = new Map<AuditActionName, ReturnType<typeof defineUpdate<ActionResult, [ActionRequest]>>>();
/** One Update per human step, named after the action, so the history reads like the audit. */
export function auditActionUpdate(action: AuditActionName) {
  let update = auditUpdates.get(action);
  if (!update) auditUpdates.set(action, (update = defineUpdate<ActionResult, [ActionRequest]>(action)));
  return update;
}

const followUpUpdates = new Map<FollowUpActionName, ReturnType<typeof defineUpdate<ActionResult, [ActionRequest]>>>();
export function followUpActionUpdate(action: FollowUpActionName) {
  let update = followUpUpdates.get(action);
  if (!update) followUpUpdates.set(action, (update = defineUpdate<ActionResult, [ActionRequest]>(action)));
  return update;
}

/** Waits until the audit's first step is in the read model, so a client can read what it just created. */
export const auditRecordedUpdate = defineUpdate<ActionResult>('auditRecorded');
export const auditStateQuery = defineQuery<AuditState>('auditState');
export const followUpStateQuery = defineQuery<CorrectiveActionState>('followUpState');
/** A child follow-up tells its audit that it closed. */
export const followUpClosedSignal = defineSignal<[findingId: string]>('followUpClosed');
