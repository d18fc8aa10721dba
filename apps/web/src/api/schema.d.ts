// Generated from the API's OpenAPI document by `node scripts/web-api-types.mjs` (npm start running). Do not edit.
export interface paths {
    "/admin/failed-writes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Steps the read model refused for good, with the reason, waiting for a decision (admin) */
        get: operations["FailedWritesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/failed-writes/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a refused step up: the read model will not show it; recorded on the timeline (admin) */
        post: operations["FailedWritesController_discard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/failed-writes/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a refused step to the read model again, once its cause is fixed; recorded on the timeline (admin) */
        post: operations["FailedWritesController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/stuck-mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mail that is stuck: undeliverable, or pending after several failed attempts, with the reason (admin) */
        get: operations["StuckMailController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/stuck-mail/{key}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Never send a stuck mail; recorded on its audit’s timeline (admin) */
        post: operations["StuckMailController_discard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/stuck-mail/{key}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a stuck mail again (e.g. after the address was fixed); recorded on its audit’s timeline (admin) */
        post: operations["StuckMailController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auditors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The auditor pool (an auditor who does not manage programmes: their own profile) */
        get: operations["AuditorsController_list"];
        put?: never;
        /** Add an auditor profile to the pool (ISO 19011 clause 7) */
        post: operations["AuditorsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auditors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One auditor with competences, evaluations and the audits they are on (those you may see) */
        get: operations["AuditorsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the auditor's profile, with the reason, recorded on the auditor's timeline (fields left out stay as they are; the e-mail does not change) */
        patch: operations["AuditorsController_change"];
        trace?: never;
    };
    "/auditors/{id}/cpd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record continual professional development (7.6): date, hours, activity, evidence; by the auditor themself, programme managers and admins */
        post: operations["AuditorsController_recordCpd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auditors/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an evaluation of the auditor (7.4): method, criteria, result, gaps. Programme managers and admins evaluate any auditor; the team leader of an audit the auditor was on evaluates them after it, naming it (auditId) */
        post: operations["AuditorsController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auditors/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The auditee's feedback on the auditor for an audit they were on (7.4): by its auditee representative or manager, once each per audit; rating 1-5 and a comment */
        post: operations["AuditorsController_giveFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auditors/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The auditor's history in the pool, oldest first: who added them and recorded each evaluation, when, and what each change set */
        get: operations["AuditorsController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auditors/team-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a proposed team: ISMS competence coverage, independence from the auditee, qualified leader */
        post: operations["AuditorsController_checkTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auditors/team-proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a team from the pool: independent of the audited work, a qualified leader, the ISMS competence areas covered, the least busy auditors in the window first */
        post: operations["AuditorsController_proposeTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the audits you may see, filtered by phase, auditee unit, programme or overdue work */
        get: operations["AuditsController_list"];
        put?: never;
        /** Launch an audit (ISO 19011 5.5): starts its workflow at 6.2 initiating; the programme manager of the programme only */
        post: operations["AuditsController_launch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One audit: phase, open tasks with due dates, findings, corrective actions (the auditee side sees what is meant for it); its timeline is GET /audits/{id}/timeline */
        get: operations["AuditsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/acknowledge-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Auditee acknowledges the audit contact (objectives, scope, criteria, team) and may object to team members (ISO 19011 6.2.2)
         * @description Allowed in phase: initiating. Roles: auditee-representative.
         */
        post: operations["audit_acknowledgeContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/add-checklist-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add working-document checklist items, written or generated from ISO/IEC 27001:2022 (ISO 19011 6.3.4)
         * @description Allowed in phase: preparing, conducting. Roles: team-leader, auditor.
         */
        post: operations["audit_addChecklistItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/answer-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Auditee accepts the presented plan or objects to it (ISO 19011 6.3.2)
         * @description Allowed in phase: preparing. Roles: auditee-representative.
         */
        post: operations["audit_answerPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/approve-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Team leader approves the reviewed report (ISO 19011 6.5)
         * @description Allowed in phase: reporting. Roles: team-leader.
         */
        post: operations["audit_approveReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/approve-report-recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The audit client (programme manager) approves sending the report to people outside the audit and the programme's distribution list (ISO 19011 6.5)
         * @description Allowed in phase: reporting. Roles: programme-manager.
         */
        post: operations["audit_approveReportRecipients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/assign-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Team leader assigns processes, sites or controls to auditors (nobody audits their own unit) (ISO 19011 6.3.3)
         * @description Allowed in phase: preparing, conducting. Roles: team-leader.
         */
        post: operations["audit_assignWork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/cancel-audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel or terminate the audit with a reason (e.g. objectives unattainable) (ISO 19011 6.4.4)
         * @description Allowed in phase: initiating, preparing, conducting. Roles: programme-manager, team-leader.
         */
        post: operations["audit_cancelAudit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/cancel-meeting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call off a scheduled meeting; attendees receive a cancellation (ISO 19011 6.4.3)
         * @description Allowed in phase: preparing, conducting. Roles: team-leader.
         */
        post: operations["audit_cancelMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/change-scope": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change scope or objectives when they become unattainable (ISO 19011 6.4.4)
         * @description Allowed in phase: conducting. Roles: team-leader.
         */
        post: operations["audit_changeScope"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/complete-audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record retention of audit records and lessons learned; follow-up starts for nonconformities (ISO 19011 6.6)
         * @description Allowed in phase: completing. Roles: team-leader.
         */
        post: operations["audit_completeAudit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/confirm-evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The supervising auditor confirms evidence recorded by an auditor in training (ISO 19011 6.4.7)
         * @description Allowed in phase: conducting. Roles: team-leader, auditor.
         */
        post: operations["audit_confirmEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/decide-alternative": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Programme manager, for the audit client, accepts the proposed alternative or cancels the audit (ISO 19011 6.2.3)
         * @description Allowed in phase: initiating. Roles: programme-manager.
         */
        post: operations["audit_decideAlternative"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/decide-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Team leader (the programme manager for the team leader's tasks, the compliance lead for the programme manager's) approves or refuses an extension request (ISO 19011 6.7)
         * @description Allowed in phase: initiating, preparing, conducting, reporting, completing, following-up. Roles: team-leader, programme-manager, compliance-lead.
         */
        post: operations["audit_decideExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/decide-feasibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Team leader decides whether the audit is feasible; if not, proposes an alternative or cancels it (ISO 19011 6.2.3)
         * @description Allowed in phase: initiating. Roles: team-leader.
         */
        post: operations["audit_decideFeasibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/draft-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Team leader drafts (or revises) the audit plan (ISO 19011 6.3.2)
         * @description Allowed in phase: preparing. Roles: team-leader.
         */
        post: operations["audit_draftPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/draft-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Team leader drafts (or revises) the audit report (ISO 19011 6.5)
         * @description Allowed in phase: reporting. Roles: team-leader.
         */
        post: operations["audit_draftReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/establish-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Team leader records establishing contact with the auditee: channels used and the planning information requested (ISO 19011 6.2.2)
         * @description Allowed in phase: initiating. Roles: team-leader.
         */
        post: operations["audit_establishContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/export.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit's record as one ZIP, for a certification body or an archive: the issued report PDFs (report/), the timeline as JSON and CSV, supplied documents' files (documents/{documentId}/) and, for the team, evidence files (evidence/{evidenceId}/), the audit as JSON, and SHA256SUMS last (check with `sha256sum -c SHA256SUMS`). For whoever may read the audit, as their view of it shows it. A file whose stored bytes no longer match its hash ends the download before the manifest */
        get: operations["ExportController_record"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file to an audit (6.3, 6.4): the raw bytes as the body (application/octet-stream). Its type is read from the content and must match the name; it is yours alone until a step attaches it (fileIds) within FILE_UNATTACHED_TTL */
        post: operations["FilesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file of an audit, checked against the SHA-256 taken at upload; for whoever's view of the audit shows it (an auditee: what they supplied, never the team's working evidence) */
        get: operations["FilesController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/findings/{findingId}/follow-up/decide-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Team leader (the programme manager for the team leader's tasks, the compliance lead for the programme manager's) approves or refuses an extension request
         * @description Allowed while the corrective action is: awaiting-plan, plan-submitted, implementing, evidence-submitted, rechecking. Roles: team-leader, programme-manager, compliance-lead.
         */
        post: operations["followUp_decideExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/findings/{findingId}/follow-up/reassign-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give an open follow-up task to another person
         * @description Allowed while the corrective action is: awaiting-plan, plan-submitted, implementing, evidence-submitted, rechecking. Roles: team-leader, programme-manager.
         */
        post: operations["followUp_reassignTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/findings/{findingId}/follow-up/request-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The assignee of a follow-up task asks for a later due date
         * @description Allowed while the corrective action is: awaiting-plan, plan-submitted, implementing, evidence-submitted, rechecking. Roles: auditee-representative, team-leader, auditor, programme-manager.
         */
        post: operations["followUp_requestExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/findings/{findingId}/follow-up/review-action-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Team leader accepts the plan or returns it with a reason
         * @description Allowed while the corrective action is: plan-submitted. Roles: team-leader.
         */
        post: operations["followUp_reviewActionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/findings/{findingId}/follow-up/submit-action-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Auditee submits the correction, root cause and corrective action plan
         * @description Allowed while the corrective action is: awaiting-plan. Roles: auditee-representative.
         */
        post: operations["followUp_submitActionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/findings/{findingId}/follow-up/submit-implementation-evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Auditee delivers evidence that the corrective action is implemented
         * @description Allowed while the corrective action is: implementing. Roles: auditee-representative.
         */
        post: operations["followUp_submitImplementationEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/findings/{findingId}/follow-up/verify-effectiveness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The verifier (or team leader) verifies effectiveness now, or defers the check to a date or to the next audit of the area
         * @description Allowed while the corrective action is: evidence-submitted, verification-deferred, rechecking. Roles: auditor, team-leader.
         */
        post: operations["followUp_verifyEffectiveness"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/flag-urgent-risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report an immediate and significant risk to the auditee at once (ISO 19011 6.4.4)
         * @description Allowed in phase: conducting. Roles: team-leader, auditor.
         */
        post: operations["audit_flagUrgentRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/hold-closing-meeting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the closing meeting; the report period starts (ISO 19011 6.4.10)
         * @description Allowed in phase: conducting. Roles: team-leader.
         */
        post: operations["audit_holdClosingMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/hold-opening-meeting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the opening meeting (attendance, minutes); fieldwork starts (ISO 19011 6.4.3)
         * @description Allowed in phase: preparing. Roles: team-leader.
         */
        post: operations["audit_holdOpeningMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/issue-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue the approved report to named recipients; issuing late needs a recorded reason (ISO 19011 6.5)
         * @description Allowed in phase: reporting. Roles: team-leader.
         */
        post: operations["audit_issueReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/legal-hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a legal hold on the audit's records (6.6): nothing is disposed of until it is lifted; the audit's compliance lead only */
        post: operations["RetentionController_setHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/legal-hold/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift the legal hold on the audit's records, with a reason; disposals that fell due meanwhile then proceed */
        post: operations["RetentionController_liftHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/live-state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workflow’s own state of a running audit (a Temporal query), for troubleshooting by its staff */
        get: operations["AuditsController_liveState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/meetings/{meetingId}/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting as an iCalendar file to add to a calendar: the same UID and SEQUENCE as its invitation mails */
        get: operations["AuditsController_meetingCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/present-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Team leader presents the latest plan draft to the auditee (ISO 19011 6.3.2)
         * @description Allowed in phase: preparing. Roles: team-leader.
         */
        post: operations["audit_presentPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/reassign-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give an open task to another person (a team member, or a delegate of the auditee) (ISO 19011 5.5)
         * @description Allowed in phase: initiating, preparing, conducting, reporting, completing, following-up. Roles: team-leader, programme-manager.
         */
        post: operations["audit_reassignTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/record-conclusions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the audit conclusions (ISO 19011 6.4.9)
         * @description Allowed in phase: conducting. Roles: team-leader.
         */
        post: operations["audit_recordConclusions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/record-document-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the result of the document review (ISO 19011 6.3.1)
         * @description Allowed in phase: preparing. Roles: team-leader, auditor.
         */
        post: operations["audit_recordDocumentReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/record-evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record audit evidence against a checklist item (ISO 19011 6.4.7)
         * @description Allowed in phase: conducting. Roles: team-leader, auditor, auditor-in-training.
         */
        post: operations["audit_recordEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/record-finding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a finding: criterion, evidence, statement and grade (ISO 19011 6.4.8)
         * @description Allowed in phase: conducting. Roles: team-leader, auditor.
         */
        post: operations["audit_recordFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/regrade-finding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Team leader raises a minor nonconformity to a major (repeated or unaddressed on one requirement), with the reason (ISO 19011 6.4.8)
         * @description Allowed in phase: conducting. Roles: team-leader.
         */
        post: operations["audit_regradeFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/report/preview.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preview of the newest report version as HTML (6.5): the same document as the PDF; the audit's staff only */
        get: operations["ReportDocumentsController_previewHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/report/preview.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preview of the newest report version as PDF (6.5); the audit's staff only */
        get: operations["ReportDocumentsController_previewPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/reports/{version}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An issued report version as PDF (6.5): each page shows the version and its hash prefix; for whoever may read the issued report, the auditee side too */
        get: operations["ReportDocumentsController_issuedPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/request-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request documents from the auditee (ISMS scope, policy, risk assessment, SoA ...) with a due date (ISO 19011 6.3.1)
         * @description Allowed in phase: preparing. Roles: team-leader, auditor.
         */
        post: operations["audit_requestDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/request-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The assignee of a task asks for a later due date (ISO 19011 6.7)
         * @description Allowed in phase: initiating, preparing, conducting, reporting, completing, following-up. Roles: auditee-representative, auditee-manager, team-leader, auditor, auditor-in-training, programme-manager.
         */
        post: operations["audit_requestExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/reschedule-meeting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a scheduled meeting; attendees receive an updated invitation and dependent deadlines move (ISO 19011 6.4.3)
         * @description Allowed in phase: preparing, conducting. Roles: team-leader.
         */
        post: operations["audit_rescheduleMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/resolve-dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Team leader resolves the auditee's dispute of a nonconformity: upheld, regraded or withdrawn, with the reason (ISO 19011 6.4.8)
         * @description Allowed in phase: conducting, reporting, completing. Roles: team-leader.
         */
        post: operations["audit_resolveDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/resolve-objection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Programme manager resolves an objection to a team member: replace the member or dismiss the objection (ISO 19011 6.2.2)
         * @description Allowed in phase: initiating. Roles: programme-manager.
         */
        post: operations["audit_resolveObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/respond-to-finding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Auditee acknowledges a nonconformity or disputes it (the disagreement is recorded) (ISO 19011 6.4.8)
         * @description Allowed in phase: conducting. Roles: auditee-representative.
         */
        post: operations["audit_respondToFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/retention-extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Keep a class of the audit's records longer than its retention period, with a reason (6.6); the compliance lead only */
        post: operations["RetentionController_extend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/review-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Review the report draft (ISO 19011 6.5)
         * @description Allowed in phase: reporting. Roles: programme-manager, auditor.
         */
        post: operations["audit_reviewReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/schedule-meeting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule the opening or closing meeting or an interview; attendees receive a calendar invitation (ISO 19011 6.4.3)
         * @description Allowed in phase: preparing, conducting. Roles: team-leader.
         */
        post: operations["audit_scheduleMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/supply-document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Auditee supplies a requested document (ISO 19011 6.3.1)
         * @description Allowed in phase: preparing. Roles: auditee-representative.
         */
        post: operations["audit_supplyDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task of the audit or of its corrective actions (the link in every task mail) */
        get: operations["AuditsController_task"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the audit’s timeline, newest first unless asked otherwise: every step and mail, as the reader may see them (the auditee side sees what is meant for it) */
        get: operations["AuditsController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audits/{id}/timeline/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the audit’s hash-chained timeline (issue 12.5) and name the first line that does not match; for those who read the whole timeline (the auditee side is shown only part of it) */
        get: operations["AuditsController_verifyTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The page a sign-in link opens: one button that uses the link (opening it does not) */
        get: operations["AuthController_linkPage"];
        put?: never;
        /** Uses a sign-in link once and starts a session (a form post redirects to returnTo; JSON answers with the session) */
        post: operations["AuthController_useLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, how, and the CSRF token for changes made with the session cookie */
        get: operations["AuthController_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The one-time setup page for the first admin (its link is printed at start on an empty directory) */
        get: operations["AuthController_setupPage"];
        put?: never;
        /** Uses the setup link: the named person becomes the first admin and is signed in */
        post: operations["AuthController_setup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sign-in page (single sign-on or an e-mail link); a signed-in browser goes straight on to returnTo */
        get: operations["AuthController_signInPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-in-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mails a single-use sign-in link; the answer is the same whether or not the address is known */
        post: operations["AuthController_requestLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends this session at once */
        post: operations["AuthController_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sso/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the identity provider returns: checks the answer, starts a session, goes on to returnTo */
        get: operations["AuthController_ssoCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sso/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Starts single sign-on: redirects to the identity provider (authorization code flow with PKCE) */
        get: operations["AuthController_ssoStart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/corrective-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow-ups across the audits you may see (6.7), for compliance leads, the most pressing first, with the ageing of all that match */
        get: operations["CorrectiveActionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Findings across audits, newest first, filtered by grade, programme, auditee unit or criterion */
        get: operations["FindingsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether Temporal, PostgreSQL, SMTP and a worker are reachable, and whether any work is stuck, as last checked (every HEALTH_PROBE_INTERVAL, 5 s by default; see checkedAt) */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers. Touches no dependency, so a dependency outage never gets the API restarted */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: whether the API can serve requests (Temporal, PostgreSQL, SMTP, a polling worker), as last checked (every HEALTH_PROBE_INTERVAL, 5 s by default; see checkedAt) */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your own directory entry */
        get: operations["PeopleController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people directory (admin) */
        get: operations["PeopleController_list"];
        put?: never;
        /** Add a person to the directory (admin) */
        post: operations["PeopleController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person (admin, or yourself) */
        get: operations["PeopleController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a person: name, unit, manager, roles, or deactivate (ends their sessions and tokens at once) (admin) */
        patch: operations["PeopleController_change"];
        trace?: never;
    };
    "/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit programmes you manage or lead compliance for (all of them for an admin) */
        get: operations["ProgrammesController_list"];
        put?: never;
        /** Establish an audit programme (ISO 19011 5.4): objectives, risks, extent, people, settings */
        post: operations["ProgrammesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One audit programme */
        get: operations["ProgrammesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the programme, with the reason (5.4): a new version, a draft again until the audit client approves it; the programme manager only */
        patch: operations["ProgrammesController_change"];
        trace?: never;
    };
    "/programmes/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the audit client approval of the programme; audits can be launched only in an approved programme */
        post: operations["ProgrammesController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage of the cycle: each applicable ISO/IEC 27001:2022 clause and Annex A control as audited, planned or a gap, with the windows planning and auditing it */
        get: operations["ProgrammeCyclesController_coverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/cycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme's running audit cycle (5.5): the plan as it now stands, each window's launch task, audit and outcome, coverage gaps and reviews */
        get: operations["ProgrammeCyclesController_cycle"];
        put?: never;
        /** Start the approved programme's audit cycle (or join the one running): approval starts it; this finishes a start Temporal did not answer */
        post: operations["ProgrammeCyclesController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/cycle-plan/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cycle plan the programme's areas, their risk and its settings give (5.4): audit windows for the whole cycle, and which windows cover each applicable clause and Annex A control */
        get: operations["ProgrammesController_proposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/cycle/decide-gap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide how a coverage gap is closed (an extra audit, a merged window, an accepted risk); closes its task */
        post: operations["ProgrammeCyclesController_decideGap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/cycle/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge windows into one audit in the slot of the earliest (combining audits, 5.3) */
        post: operations["ProgrammeCyclesController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/cycle/respond-to-kpi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Say what is done about a monitoring threshold crossed (coverage behind plan, too many overdue corrective actions); closes its task */
        post: operations["ProgrammeCyclesController_respondToKpi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/cycle/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the programme review (5.7) of its review task: the record keeps the KPIs of this moment with lessons learned, risk treatments, auditor development and decisions */
        post: operations["ProgrammeCyclesController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/cycle/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cycle's timeline, oldest first: launches, skips, misses, audits reporting back, gaps, reviews, tasks and their escalations */
        get: operations["ProgrammeCyclesController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/cycle/windows/{windowId}/launch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Launch the audit of a window (5.5): the team checked as for any launch, then the programme's workflow starts the audit, once however often it is asked */
        post: operations["ProgrammeCyclesController_launch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/cycle/windows/{windowId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a window (a missed one too) to open at a later date within the cycle; its launch task opens again ahead of the new date */
        post: operations["ProgrammeCyclesController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/cycle/windows/{windowId}/skip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Skip a window with the reason; the answer names the coverage it loses, and a gap no other window closes opens a task */
        post: operations["ProgrammeCyclesController_skip"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/cycle/windows/{windowId}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Split a window into one audit per part of its clauses and controls, in the same slot; the answer names the coverage it loses */
        post: operations["ProgrammeCyclesController_split"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/cycle/windows/{windowId}/team-proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team for a window's audit: independent of its areas and controls, a qualified leader, the ISMS competence areas covered, the least busy auditors in the window first; what stays missing needs a justification at launch */
        get: operations["ProgrammeCyclesController_teamProposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monitoring figures of the programme (5.6) from its audits: report lead time, findings by grade and criterion, corrective-action closure times and overdue actions, escalations by rung, audits completed and closed by their planned end, auditor days (the days used are not recorded yet: null) */
        get: operations["ProgrammesController_kpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme manager's tasks of the cycle, soonest due first: launches, coverage gaps, reviews */
        get: operations["ProgrammeCyclesController_tasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme's history, oldest first: who established and approved it, when, and the fields each change set */
        get: operations["ProgrammesController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The security record: sign-ins, failed sign-ins, tokens, directory and role changes, newest first (admin) */
        get: operations["PeopleController_securityEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's inbox (assignee=…), or tasks filtered by audit, programme, state or overdue, soonest due first */
        get: operations["TasksController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdue tasks across audits, grouped by compliance lead (what the daily digest sends) */
        get: operations["TasksController_overdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (an admin: anyone’s, or one person’s with personId) */
        get: operations["ApiTokensController_list"];
        put?: never;
        /** Create an API token for yourself; send it as "Authorization: Bearer <token>" */
        post: operations["ApiTokensController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token at once (yours; an admin: anyone’s) */
        delete: operations["ApiTokensController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CheckResult: {
            /**
             * @description Why the dependency is down
             * @example SMTP_URL is not set
             */
            reason?: string;
            /** @enum {string} */
            status: "up" | "down";
        };
        HealthChecks: {
            database: components["schemas"]["CheckResult"];
            smtp: components["schemas"]["CheckResult"];
            temporal: components["schemas"]["CheckResult"];
            worker: components["schemas"]["CheckResult"];
        };
        HealthReport: {
            /**
             * Format: date-time
             * @description When these checks were made (they are refreshed every HEALTH_PROBE_INTERVAL)
             */
            checkedAt: string;
            checks: components["schemas"]["HealthChecks"];
            /**
             * @description degraded: every dependency is up, but some work is stuck; down: a dependency is down, or the API is shutting down
             * @enum {string}
             */
            status: "up" | "degraded" | "down";
            stuck?: components["schemas"]["StuckWork"];
        };
        LivenessReport: {
            /**
             * @description The process answers; nothing else is checked
             * @enum {string}
             */
            status: "up";
        };
        ReadinessReport: {
            /**
             * Format: date-time
             * @description When these checks were made (they are refreshed every HEALTH_PROBE_INTERVAL)
             */
            checkedAt: string;
            checks: components["schemas"]["HealthChecks"];
            /**
             * @description down: a dependency is down, or the API is shutting down
             * @enum {string}
             */
            status: "up" | "down";
        };
        StuckWork: {
            /** @description steps the read model refused for good (GET /admin/failed-writes) */
            failedWrites: number;
            /** @description mails still pending after several failed attempts */
            failingMail: number;
            /** @description mails given up as undeliverable (GET /admin/stuck-mail) */
            undeliverableMail: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    FailedWritesController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            auditId: string;
                            auditTitle?: string;
                            decidedAt?: string;
                            decidedBy?: string;
                            failedAt: string;
                            firstSeq: number;
                            id: number;
                            reason: string;
                            /** @enum {string} */
                            status: "failed" | "retrying" | "recorded" | "discarded";
                            workflowId: string;
                        }[];
                        limit: number;
                        offset: number;
                        total: number;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FailedWritesController_discard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        auditId: string;
                        auditTitle?: string;
                        decidedAt?: string;
                        decidedBy?: string;
                        failedAt: string;
                        firstSeq: number;
                        id: number;
                        reason: string;
                        /** @enum {string} */
                        status: "failed" | "retrying" | "recorded" | "discarded";
                        workflowId: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    FailedWritesController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        auditId: string;
                        auditTitle?: string;
                        decidedAt?: string;
                        decidedBy?: string;
                        failedAt: string;
                        firstSeq: number;
                        id: number;
                        reason: string;
                        /** @enum {string} */
                        status: "failed" | "retrying" | "recorded" | "discarded";
                        workflowId: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    StuckMailController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            /** Format: uuid */
                            auditId?: string;
                            auditTitle?: string;
                            createdAt: string;
                            dedupeKey: string;
                            kind: string;
                            lastError?: string;
                            recipients: {
                                cc: string[];
                                to: string[];
                            };
                            /** @enum {string} */
                            status: "pending" | "undeliverable" | "discarded";
                            undeliverableAt?: string;
                        }[];
                        limit: number;
                        offset: number;
                        total: number;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StuckMailController_discard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        /** Format: uuid */
                        auditId?: string;
                        auditTitle?: string;
                        createdAt: string;
                        dedupeKey: string;
                        kind: string;
                        lastError?: string;
                        recipients: {
                            cc: string[];
                            to: string[];
                        };
                        /** @enum {string} */
                        status: "pending" | "undeliverable" | "discarded";
                        undeliverableAt?: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    StuckMailController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        /** Format: uuid */
                        auditId?: string;
                        auditTitle?: string;
                        createdAt: string;
                        dedupeKey: string;
                        kind: string;
                        lastError?: string;
                        recipients: {
                            cc: string[];
                            to: string[];
                        };
                        /** @enum {string} */
                        status: "pending" | "undeliverable" | "discarded";
                        undeliverableAt?: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuditorsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        competences: string[];
                        /** @description continual professional development, in the order recorded */
                        cpdRecords: {
                            activity: string;
                            date: string;
                            evidenceRef: string;
                            hours: number;
                            recordedAt: string;
                            /** @description e-mail of the auditor or programme manager who recorded it */
                            recordedBy: string;
                        }[];
                        createdAt: string;
                        email: string;
                        evaluations: {
                            /** @description the audit the evaluation is about */
                            auditId?: string;
                            criteria: string[];
                            evaluatedAt: string;
                            evaluatedBy: string;
                            gaps?: string[];
                            method: string;
                            note?: string;
                            /** @description e-mail of who recorded it (not kept for evaluations recorded before it was) */
                            recordedBy?: string;
                            result: string;
                        }[];
                        /** @description auditees' feedback after audits, oldest first */
                        feedback: {
                            auditId: string;
                            comment: string;
                            givenAt: string;
                            /** @description e-mail of the auditee representative or manager who gave it */
                            givenBy: string;
                            /** @description 1 (poor) to 5 (excellent) */
                            rating: number;
                        }[];
                        /** Format: uuid */
                        id: string;
                        /** @description language tags, e.g. en, de */
                        languages: string[];
                        name: string;
                        /** @description declared conflicts: work the auditor designed or operated, which they may not audit */
                        ownWork: {
                            /** @description date */
                            from: string;
                            note?: string;
                            subject: string;
                            /** @description date; absent while ongoing */
                            to?: string;
                        }[];
                        qualifications: {
                            evidenceRef: string;
                            expiresAt?: string;
                            issuer: string;
                            name: string;
                            obtainedAt: string;
                        }[];
                        sectors: string[];
                        teamLeaderQualified: boolean;
                        unit: string | null;
                        updatedAt: string;
                    }[];
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditorsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    competences?: ("audit-methods" | "management-systems" | "information-security-law" | "threats-vulnerabilities-incidents" | "isms-measurement" | "assets-impact-continuity" | "it-in-business" | "information-security-risk-management" | "team-management")[];
                    /** Format: email */
                    email: string;
                    /** @description languages the auditor audits in, as language tags */
                    languages?: string[];
                    name: string;
                    /**
                     * @description declared conflicts: work this auditor designed or operated
                     * @default []
                     */
                    ownWork?: {
                        /** Format: date */
                        from: string;
                        note?: string;
                        /** @description the unit, process, site or control (e.g. A.8.15) the person designed or operated */
                        subject: string;
                        /**
                         * Format: date
                         * @description omitted while the person still does this work
                         */
                        to?: string;
                    }[];
                    /** @default [] */
                    qualifications?: {
                        /** @description where the evidence is: certificate number, file id or document reference */
                        evidenceRef: string;
                        /**
                         * Format: date
                         * @description omitted when it does not expire
                         */
                        expiresAt?: string;
                        /** @description who awarded it */
                        issuer: string;
                        /** @description e.g. ISO/IEC 27001 Lead Auditor */
                        name: string;
                        /** Format: date */
                        obtainedAt: string;
                    }[];
                    /**
                     * @description business sectors the auditor knows, e.g. banking, healthcare
                     * @default []
                     */
                    sectors?: string[];
                    /** @default false */
                    teamLeaderQualified?: boolean;
                    unit?: string;
                };
            };
        };
        responses: {
            /** @description the auditor profile */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        competences: string[];
                        /** @description continual professional development, in the order recorded */
                        cpdRecords: {
                            activity: string;
                            date: string;
                            evidenceRef: string;
                            hours: number;
                            recordedAt: string;
                            /** @description e-mail of the auditor or programme manager who recorded it */
                            recordedBy: string;
                        }[];
                        createdAt: string;
                        email: string;
                        evaluations: {
                            /** @description the audit the evaluation is about */
                            auditId?: string;
                            criteria: string[];
                            evaluatedAt: string;
                            evaluatedBy: string;
                            gaps?: string[];
                            method: string;
                            note?: string;
                            /** @description e-mail of who recorded it (not kept for evaluations recorded before it was) */
                            recordedBy?: string;
                            result: string;
                        }[];
                        /** @description auditees' feedback after audits, oldest first */
                        feedback: {
                            auditId: string;
                            comment: string;
                            givenAt: string;
                            /** @description e-mail of the auditee representative or manager who gave it */
                            givenBy: string;
                            /** @description 1 (poor) to 5 (excellent) */
                            rating: number;
                        }[];
                        /** Format: uuid */
                        id: string;
                        /** @description language tags, e.g. en, de */
                        languages: string[];
                        name: string;
                        /** @description declared conflicts: work the auditor designed or operated, which they may not audit */
                        ownWork: {
                            /** @description date */
                            from: string;
                            note?: string;
                            subject: string;
                            /** @description date; absent while ongoing */
                            to?: string;
                        }[];
                        qualifications: {
                            evidenceRef: string;
                            expiresAt?: string;
                            issuer: string;
                            name: string;
                            obtainedAt: string;
                        }[];
                        sectors: string[];
                        teamLeaderQualified: boolean;
                        unit: string | null;
                        updatedAt: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuditorsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the audits the auditor is on, among those the reader may see */
                        audits: {
                            auditeeUnit: string;
                            /** Format: uuid */
                            auditId: string;
                            /** @enum {string} */
                            phase: "initiating" | "preparing" | "conducting" | "reporting" | "completing" | "following-up" | "closed" | "cancelled";
                            plannedEnd: string;
                            plannedStart: string;
                            /**
                             * @description the role the auditor holds on the audit team
                             * @enum {string}
                             */
                            role: "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer";
                            title: string;
                        }[];
                        competences: string[];
                        cpd: {
                            /** @description fewer hours this year than expected by now */
                            behind: boolean;
                            /** @description the target pro rata for the days of the year gone by before today */
                            expectedByNow: number;
                            hoursThisYear: number;
                            /** @description CPD_HOURS_PER_YEAR */
                            targetHours: number;
                            year: number;
                        };
                        /** @description continual professional development, in the order recorded */
                        cpdRecords: {
                            activity: string;
                            date: string;
                            evidenceRef: string;
                            hours: number;
                            recordedAt: string;
                            /** @description e-mail of the auditor or programme manager who recorded it */
                            recordedBy: string;
                        }[];
                        createdAt: string;
                        email: string;
                        evaluations: {
                            /** @description the audit the evaluation is about */
                            auditId?: string;
                            criteria: string[];
                            evaluatedAt: string;
                            evaluatedBy: string;
                            gaps?: string[];
                            method: string;
                            note?: string;
                            /** @description e-mail of who recorded it (not kept for evaluations recorded before it was) */
                            recordedBy?: string;
                            result: string;
                        }[];
                        /** @description auditees' feedback after audits, oldest first */
                        feedback: {
                            auditId: string;
                            comment: string;
                            givenAt: string;
                            /** @description e-mail of the auditee representative or manager who gave it */
                            givenBy: string;
                            /** @description 1 (poor) to 5 (excellent) */
                            rating: number;
                        }[];
                        /** Format: uuid */
                        id: string;
                        /** @description language tags, e.g. en, de */
                        languages: string[];
                        name: string;
                        /** @description declared conflicts: work the auditor designed or operated, which they may not audit */
                        ownWork: {
                            /** @description date */
                            from: string;
                            note?: string;
                            subject: string;
                            /** @description date; absent while ongoing */
                            to?: string;
                        }[];
                        qualifications: {
                            evidenceRef: string;
                            expiresAt?: string;
                            issuer: string;
                            name: string;
                            obtainedAt: string;
                        }[];
                        sectors: string[];
                        teamLeaderQualified: boolean;
                        unit: string | null;
                        updatedAt: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuditorsController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    competences?: ("audit-methods" | "management-systems" | "information-security-law" | "threats-vulnerabilities-incidents" | "isms-measurement" | "assets-impact-continuity" | "it-in-business" | "information-security-risk-management" | "team-management")[];
                    /** @description languages the auditor audits in, as language tags */
                    languages?: string[];
                    name?: string;
                    ownWork?: {
                        /** Format: date */
                        from: string;
                        note?: string;
                        /** @description the unit, process, site or control (e.g. A.8.15) the person designed or operated */
                        subject: string;
                        /**
                         * Format: date
                         * @description omitted while the person still does this work
                         */
                        to?: string;
                    }[];
                    qualifications?: {
                        /** @description where the evidence is: certificate number, file id or document reference */
                        evidenceRef: string;
                        /**
                         * Format: date
                         * @description omitted when it does not expire
                         */
                        expiresAt?: string;
                        /** @description who awarded it */
                        issuer: string;
                        /** @description e.g. ISO/IEC 27001 Lead Auditor */
                        name: string;
                        /** Format: date */
                        obtainedAt: string;
                    }[];
                    /** @description why the profile changes (recorded on the auditor timeline) */
                    reason: string;
                    /** @description business sectors the auditor knows, e.g. banking, healthcare */
                    sectors?: string[];
                    teamLeaderQualified?: boolean;
                    /** @description null: no unit any more */
                    unit?: string | null;
                };
            };
        };
        responses: {
            /** @description the changed profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        competences: string[];
                        /** @description continual professional development, in the order recorded */
                        cpdRecords: {
                            activity: string;
                            date: string;
                            evidenceRef: string;
                            hours: number;
                            recordedAt: string;
                            /** @description e-mail of the auditor or programme manager who recorded it */
                            recordedBy: string;
                        }[];
                        createdAt: string;
                        email: string;
                        evaluations: {
                            /** @description the audit the evaluation is about */
                            auditId?: string;
                            criteria: string[];
                            evaluatedAt: string;
                            evaluatedBy: string;
                            gaps?: string[];
                            method: string;
                            note?: string;
                            /** @description e-mail of who recorded it (not kept for evaluations recorded before it was) */
                            recordedBy?: string;
                            result: string;
                        }[];
                        /** @description auditees' feedback after audits, oldest first */
                        feedback: {
                            auditId: string;
                            comment: string;
                            givenAt: string;
                            /** @description e-mail of the auditee representative or manager who gave it */
                            givenBy: string;
                            /** @description 1 (poor) to 5 (excellent) */
                            rating: number;
                        }[];
                        /** Format: uuid */
                        id: string;
                        /** @description language tags, e.g. en, de */
                        languages: string[];
                        name: string;
                        /** @description declared conflicts: work the auditor designed or operated, which they may not audit */
                        ownWork: {
                            /** @description date */
                            from: string;
                            note?: string;
                            subject: string;
                            /** @description date; absent while ongoing */
                            to?: string;
                        }[];
                        qualifications: {
                            evidenceRef: string;
                            expiresAt?: string;
                            issuer: string;
                            name: string;
                            obtainedAt: string;
                        }[];
                        sectors: string[];
                        teamLeaderQualified: boolean;
                        unit: string | null;
                        updatedAt: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuditorsController_recordCpd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. ISO/IEC 27001:2022 transition course */
                    activity: string;
                    /**
                     * Format: date
                     * @description when the activity took place (not in the future)
                     */
                    date: string;
                    /** @description where the evidence is: certificate, attendance record, file id */
                    evidenceRef: string;
                    hours: number;
                };
            };
        };
        responses: {
            /** @description the record as kept and the CPD standing this year */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recorded: {
                            activity: string;
                            date: string;
                            evidenceRef: string;
                            hours: number;
                            recordedAt: string;
                            /** @description e-mail of the auditor or programme manager who recorded it */
                            recordedBy: string;
                        };
                        standing: {
                            /** @description fewer hours this year than expected by now */
                            behind: boolean;
                            /** @description the target pro rata for the days of the year gone by before today */
                            expectedByNow: number;
                            hoursThisYear: number;
                            /** @description CPD_HOURS_PER_YEAR */
                            targetHours: number;
                            year: number;
                        };
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuditorsController_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description the audit the evaluation is about; required when its team leader, not a programme manager, records it
                     */
                    auditId?: string;
                    criteria: string[];
                    evaluatedBy: string;
                    /** @default [] */
                    gaps?: string[];
                    /** @enum {string} */
                    method: "record-review" | "feedback" | "interview" | "observation" | "testing" | "post-audit-review";
                    note?: string;
                    result: string;
                };
            };
        };
        responses: {
            /** @description the auditor with the new evaluation (to a team leader: with the evaluations they recorded only, no feedback and CPD) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        competences: string[];
                        /** @description continual professional development, in the order recorded */
                        cpdRecords: {
                            activity: string;
                            date: string;
                            evidenceRef: string;
                            hours: number;
                            recordedAt: string;
                            /** @description e-mail of the auditor or programme manager who recorded it */
                            recordedBy: string;
                        }[];
                        createdAt: string;
                        email: string;
                        evaluations: {
                            /** @description the audit the evaluation is about */
                            auditId?: string;
                            criteria: string[];
                            evaluatedAt: string;
                            evaluatedBy: string;
                            gaps?: string[];
                            method: string;
                            note?: string;
                            /** @description e-mail of who recorded it (not kept for evaluations recorded before it was) */
                            recordedBy?: string;
                            result: string;
                        }[];
                        /** @description auditees' feedback after audits, oldest first */
                        feedback: {
                            auditId: string;
                            comment: string;
                            givenAt: string;
                            /** @description e-mail of the auditee representative or manager who gave it */
                            givenBy: string;
                            /** @description 1 (poor) to 5 (excellent) */
                            rating: number;
                        }[];
                        /** Format: uuid */
                        id: string;
                        /** @description language tags, e.g. en, de */
                        languages: string[];
                        name: string;
                        /** @description declared conflicts: work the auditor designed or operated, which they may not audit */
                        ownWork: {
                            /** @description date */
                            from: string;
                            note?: string;
                            subject: string;
                            /** @description date; absent while ongoing */
                            to?: string;
                        }[];
                        qualifications: {
                            evidenceRef: string;
                            expiresAt?: string;
                            issuer: string;
                            name: string;
                            obtainedAt: string;
                        }[];
                        sectors: string[];
                        teamLeaderQualified: boolean;
                        unit: string | null;
                        updatedAt: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuditorsController_giveFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description the audit the auditor was on and the feedback is about
                     */
                    auditId: string;
                    comment: string;
                    /** @description 1 (poor) to 5 (excellent) */
                    rating: number;
                };
            };
        };
        responses: {
            /** @description the feedback as kept on the profile */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId: string;
                        comment: string;
                        givenAt: string;
                        /** @description e-mail of the auditee representative or manager who gave it */
                        givenBy: string;
                        /** @description 1 (poor) to 5 (excellent) */
                        rating: number;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuditorsController_timeline: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            auditorEmail: string;
                            auditorId: string;
                            changedBy: {
                                email: string;
                                /** @description the person's directory id */
                                personId: string;
                            };
                            /** @description each profile field the change set or changed, named as in the auditor; for auditor.evaluated, `evaluation`: the evaluation recorded; for auditor.feedback-received, `feedback`; for auditor.cpd-recorded, `cpd`: the record added */
                            changes: {
                                [key: string]: {
                                    /** @description the value after the change */
                                    after: unknown;
                                    /** @description the value before the change; absent when there was none (a new programme, auditor or evaluation) */
                                    before?: unknown;
                                };
                            };
                            id: number;
                            /** @description what was said with the change (the reason of a profile change) */
                            note?: string;
                            /** @description ISO 8601 timestamp of the change's transaction (the changed record's updatedAt then) */
                            occurredAt: string;
                            /** @enum {string} */
                            type: "auditor.added" | "auditor.changed" | "auditor.evaluated" | "auditor.feedback-received" | "auditor.cpd-recorded";
                        }[];
                        limit: number;
                        offset: number;
                        total: number;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuditorsController_checkTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    auditeeUnit: string;
                    members: {
                        /** Format: email */
                        email: string;
                        /** @default false */
                        leader?: boolean;
                        /** @default [] */
                        ownWork?: {
                            /** Format: date */
                            from: string;
                            note?: string;
                            /** @description the unit, process, site or control (e.g. A.8.15) the person designed or operated */
                            subject: string;
                            /**
                             * Format: date
                             * @description omitted while the person still does this work
                             */
                            to?: string;
                        }[];
                        /** @enum {string} */
                        role?: "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer";
                        unit?: string;
                    }[];
                    /**
                     * Format: date-time
                     * @description when the audit starts: own work within the cooling-off before it is a conflict (default now)
                     */
                    plannedStart?: string;
                    scope?: {
                        /** @default [] */
                        processes?: string[];
                        /** @default [] */
                        sites?: string[];
                        /** @default [] */
                        units?: string[];
                    };
                };
            };
        };
        responses: {
            /** @description covered and missing competence areas, independence conflicts, unknown members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        covered: string[];
                        independenceConflicts: string[];
                        leaderQualified: boolean;
                        missing: string[];
                        unknown: string[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditorsController_proposeTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    auditee: {
                        unit: string;
                    };
                    /** Format: date-time */
                    plannedEnd: string;
                    /** Format: date-time */
                    plannedStart: string;
                    /** @description the competence areas the team must cover (default all ISMS areas) */
                    requiredAreas?: ("audit-methods" | "management-systems" | "information-security-law" | "threats-vulnerabilities-incidents" | "isms-measurement" | "assets-impact-continuity" | "it-in-business" | "information-security-risk-management" | "team-management")[];
                    scope: {
                        period?: string;
                        /** @default [] */
                        processes?: string[];
                        /** @default [] */
                        sites?: string[];
                        units: string[];
                    };
                    /** @description at most this many people, the leader included */
                    teamSize?: number;
                };
            };
        };
        responses: {
            /** @description leader and members, covered and missing areas, who was excluded and why, workload after */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        covered: string[];
                        /** @description auditors of the pool who may not or cannot be on this team */
                        excluded: {
                            detail: string;
                            email: string;
                            /** @enum {string} */
                            reason: "own-unit" | "own-work" | "unavailable";
                        }[];
                        /** @description the least busy eligible auditor qualified to lead; null when the pool has none (the launch then needs a justification) */
                        leader: {
                            competences: string[];
                            email: string;
                            name: string;
                            unit: string | null;
                            /** @description audits the auditor was already on in the audit window, before this proposal */
                            workload: number;
                        } | null;
                        /** @description the other members, in the order the cover chose them */
                        members: {
                            competences: string[];
                            email: string;
                            name: string;
                            unit: string | null;
                            /** @description audits the auditor was already on in the audit window, before this proposal */
                            workload: number;
                        }[];
                        /** @description competence areas the proposed team does not cover: launching needs gapJustification.missingCompetence */
                        missing: string[];
                        /** @description each pool auditor's audits in the window once this team is assigned */
                        workloadAfter: {
                            [key: string]: number;
                        };
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditsController_list: {
        parameters: {
            query?: {
                auditeeUnit?: string;
                limit?: number;
                offset?: number;
                /** @description true: audits with an active task past its due date; false: audits with none */
                overdue?: "true" | "false";
                phase?: "initiating" | "preparing" | "conducting" | "reporting" | "completing" | "following-up" | "closed" | "cancelled";
                programmeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description open or overdue tasks */
                            activeTaskCount: number;
                            auditeeManagerEmail: string;
                            auditeeRepresentativeEmail: string;
                            auditeeUnit: string;
                            cancellationReason?: string;
                            complianceLeadEmail: string;
                            /** @description ISO 8601 timestamp */
                            createdAt: string;
                            id: string;
                            /** @description the earliest due date among the audit's active tasks */
                            nextDueAt?: string;
                            /** @description active tasks whose due date has passed */
                            overdueTaskCount: number;
                            /** @enum {string} */
                            phase: "initiating" | "preparing" | "conducting" | "reporting" | "completing" | "following-up" | "closed" | "cancelled";
                            /** @description ISO 8601 timestamp */
                            plannedEnd: string;
                            /** @description ISO 8601 timestamp */
                            plannedStart: string;
                            programmeId: string;
                            programmeManagerEmail: string;
                            /** @description ISO 8601 timestamp */
                            reportDueAt?: string;
                            title: string;
                            /** @description ISO 8601 timestamp */
                            updatedAt: string;
                            workflowId: string;
                        }[];
                        limit: number;
                        offset: number;
                        total: number;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditsController_launch: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    auditee: {
                        manager: {
                            /** Format: email */
                            email: string;
                            name: string;
                        };
                        representative: {
                            /** Format: email */
                            email: string;
                            name: string;
                        };
                        unit: string;
                    };
                    criteria: string[];
                    /** @description the programme manager's justification of gaps the team check found */
                    gapJustification?: {
                        /** @description why the team leader leads although the pool does not record them as qualified */
                        leaderNotQualified?: string;
                        /** @description why the audit goes ahead although no member covers some ISMS competence areas */
                        missingCompetence?: string;
                        /** @description why members whose competence the pool does not record are on the team */
                        outsidePool?: string;
                    };
                    /** @enum {string} */
                    method: "on-site" | "remote" | "blended";
                    objectives: string[];
                    /** Format: date-time */
                    plannedEnd: string;
                    /** Format: date-time */
                    plannedStart: string;
                    /** Format: uuid */
                    programmeId: string;
                    scope: {
                        period?: string;
                        /** @default [] */
                        processes?: string[];
                        /** @default [] */
                        sites?: string[];
                        units: string[];
                    };
                    team: {
                        /** Format: email */
                        email: string;
                        name: string;
                        /** @description declared conflicts: work this member designed or operated */
                        ownWork?: {
                            /** Format: date */
                            from: string;
                            note?: string;
                            /** @description the unit, process, site or control (e.g. A.8.15) the person designed or operated */
                            subject: string;
                            /**
                             * Format: date
                             * @description omitted while the person still does this work
                             */
                            to?: string;
                        }[];
                        /** @enum {string} */
                        role: "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer";
                        unit?: string;
                    }[];
                    title: string;
                };
            };
        };
        responses: {
            /** @description id and phase of the new audit, and the team competence check */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        phase: "initiating" | "preparing" | "conducting" | "reporting" | "completing" | "following-up" | "closed" | "cancelled";
                        teamCheck: {
                            covered: string[];
                            independenceConflicts: string[];
                            leaderQualified: boolean;
                            missing: string[];
                            unknown: string[];
                        };
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditsController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the audit as recorded in the read model, and your roles in it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignments: {
                            area: string;
                            auditor: string;
                            checklistItemIds: string[];
                            id: string;
                            unit?: string;
                        }[];
                        audit: {
                            /** @description open or overdue tasks */
                            activeTaskCount: number;
                            auditeeManagerEmail: string;
                            auditeeRepresentativeEmail: string;
                            auditeeUnit: string;
                            cancellationReason?: string;
                            complianceLeadEmail: string;
                            /** @description ISO 8601 timestamp */
                            createdAt: string;
                            definition: {
                                auditee: {
                                    manager: {
                                        email: string;
                                        name: string;
                                    };
                                    representative: {
                                        email: string;
                                        name: string;
                                    };
                                    unit: string;
                                };
                                auditId: string;
                                complianceLead: {
                                    email: string;
                                    name: string;
                                };
                                criteria: string[];
                                /** @description the programme manager's reasons for launching despite gaps the team check found */
                                gapJustification?: {
                                    leaderNotQualified?: string;
                                    missingCompetence?: string;
                                    outsidePool?: string;
                                };
                                /** @enum {string} */
                                method: "on-site" | "remote" | "blended";
                                objectives: string[];
                                /** @description ISO 8601 timestamp */
                                plannedEnd: string;
                                /** @description ISO 8601 timestamp */
                                plannedStart: string;
                                programmeId: string;
                                programmeManager: {
                                    email: string;
                                    name: string;
                                };
                                /** @description the window of the programme's cycle plan the audit was launched in */
                                programmeWindowId?: string;
                                scope: {
                                    period?: string;
                                    processes: string[];
                                    sites: string[];
                                    units: string[];
                                };
                                team: {
                                    email: string;
                                    name: string;
                                    /** @description declared conflicts: work the member designed or operated, which they may not audit */
                                    ownWork?: {
                                        /** @description date */
                                        from: string;
                                        note?: string;
                                        subject: string;
                                        /** @description date; absent while ongoing */
                                        to?: string;
                                    }[];
                                    /** @enum {string} */
                                    role: "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer";
                                    /** @description the organisational unit the member belongs to: nobody audits their own unit */
                                    unit?: string;
                                }[];
                                title: string;
                            };
                            header: {
                                /** @description report recipients outside the audit's people and the distribution list, approved by the audit client */
                                approvedReportRecipients?: {
                                    /** @description ISO 8601 timestamp */
                                    at: string;
                                    by: string;
                                    reason: string;
                                    recipients: string[];
                                }[];
                                /** @description people who act for the auditee representative on the whole audit: only audits launched before delegation became per task have any */
                                auditeeDelegates: string[];
                                cancellation?: {
                                    /** @description ISO 8601 timestamp */
                                    at: string;
                                    by: string;
                                    reason: string;
                                };
                                completion?: {
                                    /** @description ISO 8601 timestamp */
                                    completedAt: string;
                                    completedBy: string;
                                    lessonsLearned: string[];
                                    /** @description ISO 8601 timestamp */
                                    retainUntil?: string;
                                    /** @enum {string} */
                                    retention: "retain" | "dispose";
                                };
                                conclusions?: {
                                    conformityDegree: string;
                                    effectiveness: string;
                                    objectivesMet: boolean;
                                    /** @description ISO 8601 timestamp */
                                    recordedAt: string;
                                    recordedBy: string;
                                    trends?: string;
                                };
                                contact?: {
                                    accessAndSafetyRules?: string;
                                    /** @description ISO 8601 timestamp */
                                    acknowledgedAt: string;
                                    acknowledgedBy: string;
                                    /** @description the auditee confirmed the team's authority to conduct the audit */
                                    authorityConfirmed?: boolean;
                                    channels: string[];
                                    confidentialityAgreed: boolean;
                                    /** @description guides the auditee provides */
                                    guides?: {
                                        email: string;
                                        name: string;
                                    }[];
                                    note?: string;
                                    /** @description observers agreed */
                                    observers?: {
                                        email: string;
                                        name: string;
                                        organisation?: string;
                                    }[];
                                    planningInformation?: string;
                                };
                                /** @description the team leader's record of establishing contact */
                                contactEstablished?: {
                                    /** @description ISO 8601 timestamp */
                                    at: string;
                                    by: string;
                                    channels: string[];
                                    note?: string;
                                    planningInformationRequested: string[];
                                };
                                /** @description ISO 8601 timestamp */
                                createdAt: string;
                                definition: {
                                    auditee: {
                                        manager: {
                                            email: string;
                                            name: string;
                                        };
                                        representative: {
                                            email: string;
                                            name: string;
                                        };
                                        unit: string;
                                    };
                                    auditId: string;
                                    complianceLead: {
                                        email: string;
                                        name: string;
                                    };
                                    criteria: string[];
                                    /** @description the programme manager's reasons for launching despite gaps the team check found */
                                    gapJustification?: {
                                        leaderNotQualified?: string;
                                        missingCompetence?: string;
                                        outsidePool?: string;
                                    };
                                    /** @enum {string} */
                                    method: "on-site" | "remote" | "blended";
                                    objectives: string[];
                                    /** @description ISO 8601 timestamp */
                                    plannedEnd: string;
                                    /** @description ISO 8601 timestamp */
                                    plannedStart: string;
                                    programmeId: string;
                                    programmeManager: {
                                        email: string;
                                        name: string;
                                    };
                                    /** @description the window of the programme's cycle plan the audit was launched in */
                                    programmeWindowId?: string;
                                    scope: {
                                        period?: string;
                                        processes: string[];
                                        sites: string[];
                                        units: string[];
                                    };
                                    team: {
                                        email: string;
                                        name: string;
                                        /** @description declared conflicts: work the member designed or operated, which they may not audit */
                                        ownWork?: {
                                            /** @description date */
                                            from: string;
                                            note?: string;
                                            subject: string;
                                            /** @description date; absent while ongoing */
                                            to?: string;
                                        }[];
                                        /** @enum {string} */
                                        role: "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer";
                                        /** @description the organisational unit the member belongs to: nobody audits their own unit */
                                        unit?: string;
                                    }[];
                                    title: string;
                                };
                                documentReview?: {
                                    adequate: boolean;
                                    concerns: string[];
                                    /** @description ISO 8601 timestamp */
                                    reviewedAt: string;
                                    reviewedBy: string;
                                };
                                feasibility?: {
                                    alternative?: {
                                        note: string;
                                        /** @description ISO 8601 timestamp */
                                        plannedEnd?: string;
                                        /** @description ISO 8601 timestamp */
                                        plannedStart?: string;
                                        scope?: {
                                            period?: string;
                                            processes: string[];
                                            sites: string[];
                                            units: string[];
                                        };
                                    };
                                    alternativeOutcome?: {
                                        accepted: boolean;
                                        /** @description ISO 8601 timestamp */
                                        at: string;
                                        by: string;
                                        note: string;
                                    };
                                    /** @description ISO 8601 timestamp */
                                    decidedAt: string;
                                    decidedBy: string;
                                    feasible: boolean;
                                    reason: string;
                                };
                                /** @description ISO 8601 timestamp */
                                nextDueAt?: string;
                                objections: {
                                    memberEmail: string;
                                    /** @description ISO 8601 timestamp */
                                    raisedAt: string;
                                    reason: string;
                                    resolution?: {
                                        /** @description ISO 8601 timestamp */
                                        at: string;
                                        by: string;
                                        note: string;
                                        /** @enum {string} */
                                        outcome: "replaced" | "dismissed";
                                        replacement?: string;
                                    };
                                }[];
                                /** @enum {string} */
                                phase: "initiating" | "preparing" | "conducting" | "reporting" | "completing" | "following-up" | "closed" | "cancelled";
                                /** @description ISO 8601 timestamp */
                                reportDueAt?: string;
                                scopeChanges: {
                                    /** @description ISO 8601 timestamp */
                                    at: string;
                                    by: string;
                                    objectives?: string[];
                                    reason: string;
                                    scope: {
                                        period?: string;
                                        processes: string[];
                                        sites: string[];
                                        units: string[];
                                    };
                                }[];
                                urgentRisks: {
                                    description: string;
                                    id: string;
                                    /** @description ISO 8601 timestamp */
                                    reportedAt: string;
                                    reportedBy: string;
                                }[];
                            };
                            id: string;
                            /** @description the earliest due date among the audit's active tasks */
                            nextDueAt?: string;
                            /** @description active tasks whose due date has passed */
                            overdueTaskCount: number;
                            /** @enum {string} */
                            phase: "initiating" | "preparing" | "conducting" | "reporting" | "completing" | "following-up" | "closed" | "cancelled";
                            /** @description ISO 8601 timestamp */
                            plannedEnd: string;
                            /** @description ISO 8601 timestamp */
                            plannedStart: string;
                            programmeId: string;
                            programmeManagerEmail: string;
                            /** @description ISO 8601 timestamp */
                            reportDueAt?: string;
                            title: string;
                            /** @description ISO 8601 timestamp */
                            updatedAt: string;
                            workflowId: string;
                        };
                        checklist: {
                            clause: string;
                            expectedEvidence: string;
                            id: string;
                            /** @description stable key of the reference question it was generated from, if any */
                            key?: string;
                            /** @enum {string} */
                            method: "interview" | "observation" | "document" | "test";
                            question: string;
                            standard: string;
                            title?: string;
                        }[];
                        /** @description progress of each corrective-action workflow */
                        correctiveActions: {
                            /** @description ISO 8601 timestamp */
                            closedAt?: string;
                            /** @description effectiveness checks put off, latest last */
                            deferrals?: {
                                /** @description the audited unit whose next audit verifies it */
                                area?: string;
                                /** @description ISO 8601 timestamp */
                                deferredAt: string;
                                deferredBy: string;
                                /**
                                 * @description on-date: a timer opens the verification task on `until`; next-audit: verified at the next audit of `area`
                                 * @enum {string}
                                 */
                                kind: "on-date" | "next-audit";
                                note: string;
                                round: number;
                                /** @description ISO 8601 timestamp */
                                until?: string;
                            }[];
                            evidence: {
                                description: string;
                                references: string[];
                                round: number;
                                /** @description ISO 8601 timestamp */
                                submittedAt: string;
                                submittedBy: string;
                            }[];
                            findingId: string;
                            /** @enum {string} */
                            grade: "major-nonconformity" | "minor-nonconformity";
                            /** @description the earliest due date among its active tasks */
                            nextDueAt?: string;
                            /** @description ISO 8601 timestamp */
                            openedAt: string;
                            plans: {
                                actionPlan: string;
                                correction?: string;
                                /** @description ISO 8601 timestamp */
                                plannedCompletion?: string;
                                review?: {
                                    accepted: boolean;
                                    /** @description ISO 8601 timestamp */
                                    at: string;
                                    by: string;
                                    reason?: string;
                                };
                                rootCause: string;
                                round: number;
                                /** @description ISO 8601 timestamp */
                                submittedAt: string;
                                submittedBy: string;
                            }[];
                            /** @description while recheck-scheduled: when the re-check task opens */
                            recheckDueAt?: string;
                            /** @description raised when an ineffective action is reopened */
                            round: number;
                            /** @enum {string} */
                            status: "awaiting-plan" | "plan-submitted" | "implementing" | "evidence-submitted" | "verification-deferred" | "recheck-scheduled" | "rechecking" | "closed";
                            /** @description ISO 8601 timestamp */
                            updatedAt: string;
                            verifications: {
                                effective: boolean;
                                note: string;
                                /** @description a scheduled re-check of an action verified effective before */
                                recheck?: boolean;
                                round: number;
                                /** @description ISO 8601 timestamp */
                                verifiedAt: string;
                                verifiedBy: string;
                            }[];
                            workflowId: string;
                        }[];
                        documents: {
                            description?: string;
                            /** @description ISO 8601 timestamp */
                            dueAt: string;
                            id: string;
                            name: string;
                            /** @description ISO 8601 timestamp */
                            requestedAt: string;
                            supplied?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                files?: {
                                    /** @description download with GET /audits/{id}/files/{fileId} */
                                    id: string;
                                    /** @description detected from the content at upload */
                                    mediaType: string;
                                    name: string;
                                    /** @description taken at upload, recorded on the timeline and checked on every download */
                                    sha256: string;
                                    /** @description bytes */
                                    size: number;
                                }[];
                                note?: string;
                                reference?: string;
                            };
                            /** @description the supply task this request belongs to (one task per request batch) */
                            taskId: string;
                        }[];
                        evidence: {
                            /** @description technical tests on live systems need recorded authorisation */
                            authorisation?: {
                                authorisedBy: string;
                                reference: string;
                            };
                            checklistItemId: string;
                            /** @description shown only to the team and the programme manager; others see that it exists, not what it says */
                            confidential?: boolean;
                            /** @description the supervisor confirmed it; until then no finding may cite it */
                            confirmation?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                note?: string;
                            };
                            description: string;
                            files?: {
                                /** @description download with GET /audits/{id}/files/{fileId} */
                                id: string;
                                /** @description detected from the content at upload */
                                mediaType: string;
                                name: string;
                                /** @description taken at upload, recorded on the timeline and checked on every download */
                                sha256: string;
                                /** @description bytes */
                                size: number;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "interview" | "observation" | "document" | "record" | "technical-test";
                            /** @description ISO 8601 timestamp */
                            recordedAt: string;
                            recordedBy: string;
                            reference?: string;
                            sampling?: string;
                            /** @description for evidence of an auditor in training: the auditor who supervises and confirms it */
                            supervisor?: string;
                        }[];
                        findings: {
                            criterion: string;
                            /** @description how the team leader resolved the auditee's dispute; a withdrawn finding is not followed up */
                            disputeResolution?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                /** @enum {string} */
                                outcome: "upheld" | "regraded" | "withdrawn";
                                reason: string;
                            };
                            evidenceIds: string[];
                            /** @enum {string} */
                            grade: "conformity" | "major-nonconformity" | "minor-nonconformity" | "observation" | "opportunity-for-improvement" | "good-practice";
                            id: string;
                            /** @description ISO 8601 timestamp */
                            recordedAt: string;
                            recordedBy: string;
                            /** @description each change of grade with its reason: a minor raised to a major, or a regrade that resolved a dispute */
                            regrades?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                /** @enum {string} */
                                from: "conformity" | "major-nonconformity" | "minor-nonconformity" | "observation" | "opportunity-for-improvement" | "good-practice";
                                reason: string;
                                /** @enum {string} */
                                to: "conformity" | "major-nonconformity" | "minor-nonconformity" | "observation" | "opportunity-for-improvement" | "good-practice";
                            }[];
                            response?: {
                                acknowledged: boolean;
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                disagreement?: string;
                            };
                            statement: string;
                        }[];
                        /** @description the audit's own list of follow-ups (which nonconformities, open or closed) */
                        followUps: {
                            /** @description ISO 8601 timestamp */
                            closedAt?: string;
                            findingId: string;
                            /** @enum {string} */
                            state: "open" | "closed";
                            workflowId: string;
                        }[];
                        meetings: {
                            attendees: {
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "chair" | "required" | "optional";
                            }[];
                            /** @description ISO 8601 timestamp */
                            endsAt: string;
                            held?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                attendance: string[];
                                divergingOpinions?: string[];
                                followUpExpectations?: string;
                                minutes: string;
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "opening" | "closing" | "interview";
                            location: string;
                            organizer: {
                                email: string;
                                name: string;
                            };
                            /** @description RFC 5545 SEQUENCE: raised on every change the attendees must see */
                            sequence: number;
                            /** @description ISO 8601 timestamp */
                            startsAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "held" | "cancelled";
                            timeZone: string;
                            title: string;
                        }[];
                        /** @description open and overdue tasks of the audit and its corrective actions, soonest due first */
                        openTasks: {
                            assignee: string;
                            auditId: string;
                            /** @description ISO 8601 timestamp */
                            closedAt?: string;
                            /** @description ISO 8601 timestamp */
                            createdAt: string;
                            /** @description ISO 8601 timestamp */
                            dueAt: string;
                            dueVersion: number;
                            /** @description escalation rungs fired for the current due date */
                            escalationLevel: number;
                            extension?: {
                                /** @description the task opened for whoever decides */
                                decisionTaskId: string;
                                reason: string;
                                /** @description ISO 8601 timestamp */
                                requestedAt: string;
                                requestedBy: string;
                                /** @description ISO 8601 timestamp */
                                requestedDueAt: string;
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "acknowledge-contact" | "resolve-objection" | "decide-feasibility" | "decide-alternative" | "supply-documents" | "review-documents" | "issue-plan" | "answer-plan" | "attend-meeting" | "respond-to-finding" | "review-report" | "approve-report" | "issue-report" | "complete-audit" | "decide-extension" | "submit-action-plan" | "review-action-plan" | "deliver-implementation-evidence" | "verify-effectiveness" | "confirm-evidence" | "launch-audit" | "close-coverage-gap" | "review-programme" | "act-on-kpi";
                            /** @description active and past its due date at the moment of the query */
                            overdue: boolean;
                            /** @description whose task it was before its last reassignment */
                            reassignedFrom?: string;
                            /** @description reminder mails sent for this task, over all its due dates */
                            remindersSent: number;
                            /** @enum {string} */
                            role: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
                            /** @enum {string} */
                            state: "open" | "overdue" | "done" | "cancelled";
                            /** @description what the task is about: a finding, document request, meeting, report version or another task */
                            subjectId?: string;
                            title: string;
                            /** @description ISO 8601 timestamp */
                            updatedAt: string;
                            /** @description the audit's workflow, or the corrective action's for its tasks */
                            workflowId: string;
                        }[];
                        plans: {
                            answer?: {
                                accepted: boolean;
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                objection?: string;
                            };
                            content: {
                                /** @description ISO 8601 timestamp */
                                closingMeetingAt: string;
                                criteria: string[];
                                /** @description ISO 8601 timestamp */
                                fieldworkEnd: string;
                                /** @description ISO 8601 timestamp */
                                fieldworkStart: string;
                                locations: string[];
                                methods: string[];
                                objectives: string[];
                                /** @description ISO 8601 timestamp */
                                openingMeetingAt: string;
                                resources?: string;
                                roles?: string;
                                sampling?: string;
                                scope: {
                                    period?: string;
                                    processes: string[];
                                    sites: string[];
                                    units: string[];
                                };
                            };
                            /** @description ISO 8601 timestamp */
                            draftedAt: string;
                            draftedBy: string;
                            /** @enum {string} */
                            status: "draft" | "presented" | "accepted" | "objected" | "superseded";
                            version: number;
                        }[];
                        /** @description minor nonconformities of this audit that the system proposes raising to a major (6.4.8); the team leader decides */
                        regradeProposals: {
                            criterion: string;
                            findingId: string;
                            /** @description those minors, oldest first */
                            findings: {
                                auditId: string;
                                findingId: string;
                            }[];
                            /** @description minor nonconformities on this criterion in the programme, this one included */
                            minors: number;
                        }[];
                        reports: {
                            approval?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                            };
                            content: {
                                agreedActions?: string;
                                areasNotCovered?: string;
                                confidentialityStatement?: string;
                                goodPractice?: string;
                                obstacles?: string;
                                /** @description the statement that the audit is based on a sample, always present in an issued report */
                                samplingStatement: string;
                                summary: string;
                            };
                            /** @description ISO 8601 timestamp */
                            draftedAt: string;
                            draftedBy: string;
                            issue?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                lateReason?: string;
                                recipients: string[];
                            };
                            review?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                comments: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "reviewed" | "approved" | "issued" | "superseded";
                            version: number;
                        }[];
                        team: {
                            email: string;
                            name: string;
                            /** @description declared conflicts: work the member designed or operated, which they may not audit */
                            ownWork?: {
                                /** @description date */
                                from: string;
                                note?: string;
                                subject: string;
                                /** @description date; absent while ongoing */
                                to?: string;
                            }[];
                            /** @enum {string} */
                            role: "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer";
                            /** @description the organisational unit the member belongs to: nobody audits their own unit */
                            unit?: string;
                        }[];
                        /** @description your roles in this audit */
                        yourRoles: ("programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead")[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_acknowledgeContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accessAndSafetyRules?: string;
                    /** @description the auditee confirms the team's authority to conduct the audit (6.2.2 b) */
                    authorityConfirmed?: boolean;
                    channels: string[];
                    confidentialityAgreed: boolean;
                    /** @description guides the auditee provides to the team (6.2.2 i) */
                    guides?: {
                        /** Format: email */
                        email: string;
                        name: string;
                    }[];
                    note?: string;
                    objections?: {
                        /** Format: email */
                        memberEmail: string;
                        reason: string;
                    }[];
                    /** @description observers agreed to accompany the team (6.2.2 i) */
                    observers?: {
                        /** Format: email */
                        email: string;
                        name: string;
                        organisation?: string;
                    }[];
                    /** @description what the auditee gives for planning: risks, opportunities, areas of concern (6.2.2 d, j) */
                    planningInformation?: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: initiating) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_addChecklistItems: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    generate?: {
                        clauses?: string[];
                        controls?: string[];
                        /** @description Annex A controls the Statement of Applicability excludes, each with its justification */
                        excludedControls?: (string | {
                            control: string;
                            justification: string;
                        })[];
                        /** @enum {string} */
                        standard: "ISO/IEC 27001:2022";
                    };
                    /** @default [] */
                    items?: {
                        clause: string;
                        expectedEvidence: string;
                        /** @enum {string} */
                        method: "interview" | "observation" | "document" | "test";
                        question: string;
                        title?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: preparing, conducting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_answerPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accepted: boolean;
                    objection?: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: preparing) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_approveReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: reporting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_approveReportRecipients: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    recipients: string[];
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: reporting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_assignWork: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assignments: {
                        area: string;
                        /** Format: email */
                        auditor: string;
                        /** @default [] */
                        checklistItemIds?: string[];
                        unit?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: preparing, conducting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_cancelAudit: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: initiating, preparing, conducting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_cancelMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    meetingId: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: preparing, conducting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_changeScope: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    objectives?: string[];
                    reason: string;
                    scope: {
                        period?: string;
                        /** @default [] */
                        processes?: string[];
                        /** @default [] */
                        sites?: string[];
                        units: string[];
                    };
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: conducting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_completeAudit: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    lessonsLearned?: string[];
                    /** Format: date-time */
                    retainUntil?: string;
                    /** @enum {string} */
                    retention: "retain" | "dispose";
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: completing) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_confirmEvidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    evidenceId: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: conducting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_decideAlternative: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accept: boolean;
                    note: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: initiating) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_decideExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approve: boolean;
                    note?: string;
                    taskId: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: initiating, preparing, conducting, reporting, completing, following-up) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_decideFeasibility: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    alternative?: {
                        note: string;
                        /** Format: date-time */
                        plannedEnd?: string;
                        /** Format: date-time */
                        plannedStart?: string;
                        scope?: {
                            period?: string;
                            /** @default [] */
                            processes?: string[];
                            /** @default [] */
                            sites?: string[];
                            units: string[];
                        };
                    };
                    feasible: boolean;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: initiating) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_draftPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: {
                        /** Format: date-time */
                        closingMeetingAt: string;
                        criteria: string[];
                        /** Format: date-time */
                        fieldworkEnd: string;
                        /** Format: date-time */
                        fieldworkStart: string;
                        locations: string[];
                        methods: string[];
                        objectives: string[];
                        /** Format: date-time */
                        openingMeetingAt: string;
                        resources?: string;
                        roles?: string;
                        sampling?: string;
                        scope: {
                            period?: string;
                            /** @default [] */
                            processes?: string[];
                            /** @default [] */
                            sites?: string[];
                            units: string[];
                        };
                    };
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: preparing) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_draftReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: {
                        agreedActions?: string;
                        areasNotCovered?: string;
                        confidentialityStatement?: string;
                        goodPractice?: string;
                        obstacles?: string;
                        /** @default Audit evidence was gathered from a sample of the information available; the audit cannot cover everything. */
                        samplingStatement?: string;
                        summary: string;
                    };
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: reporting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_establishContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    channels: string[];
                    note?: string;
                    planningInformationRequested: string[];
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: initiating) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    ExportController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the ZIP, streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no such audit, or not one you may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    FilesController_upload: {
        parameters: {
            query: {
                /** @description the file name, e.g. access-review-2026.xlsx: its extension must match the content */
                name: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description the stored file: id, detected type, size and SHA-256 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description attach it to a step (fileIds) before this time, or it is removed */
                        attachBy: string;
                        /** @description download with GET /audits/{id}/files/{fileId} */
                        id: string;
                        /** @description detected from the content at upload */
                        mediaType: string;
                        name: string;
                        /** @description taken at upload, recorded on the timeline and checked on every download */
                        sha256: string;
                        /** @description bytes */
                        size: number;
                        /** @description ISO 8601 */
                        uploadedAt: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description larger than FILE_SIZE_LIMIT; nothing is stored */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the content is not the type the name says, a type not accepted, or a program; nothing is stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    FilesController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file as uploaded; Repr-Digest carries its SHA-256 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no such file, or not one you may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    followUp_decideExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                findingId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approve: boolean;
                    note?: string;
                    taskId: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the corrective action's current state (allowed: awaiting-plan, plan-submitted, implementing, evidence-submitted, rechecking) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    followUp_reassignTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                findingId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    assignee: string;
                    taskId: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the corrective action's current state (allowed: awaiting-plan, plan-submitted, implementing, evidence-submitted, rechecking) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    followUp_requestExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                findingId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** Format: date-time */
                    requestedDueAt: string;
                    taskId: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the corrective action's current state (allowed: awaiting-plan, plan-submitted, implementing, evidence-submitted, rechecking) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    followUp_reviewActionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                findingId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accept: boolean;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the corrective action's current state (allowed: plan-submitted) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    followUp_submitActionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                findingId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    actionPlan: string;
                    correction?: string;
                    /**
                     * Format: date-time
                     * @description when the corrective action will be implemented: once the plan is accepted, the implementation deadline (at most the grade's maxImplementation away)
                     */
                    plannedCompletion?: string;
                    rootCause: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the corrective action's current state (allowed: awaiting-plan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    followUp_submitImplementationEvidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                findingId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description: string;
                    /** @default [] */
                    references?: string[];
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the corrective action's current state (allowed: implementing) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    followUp_verifyEffectiveness: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                findingId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description with "on-date": when the check is due; the verification task opens then
                     */
                    deferUntil?: string;
                    /** @description the outcome of a check made now (required then); a deferred check has none yet */
                    effective?: boolean;
                    note: string;
                    /**
                     * @description verify now, or defer the check: to deferUntil ("on-date") or to the next audit of the same area ("next-audit")
                     * @default now
                     * @enum {string}
                     */
                    when?: "now" | "on-date" | "next-audit";
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the corrective action's current state (allowed: evidence-submitted, verification-deferred, rechecking) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_flagUrgentRisk: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: conducting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_holdClosingMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attendance: string[];
                    /** @default [] */
                    divergingOpinions?: string[];
                    followUpExpectations?: string;
                    minutes: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: conducting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_holdOpeningMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attendance: string[];
                    minutes: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: preparing) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_issueReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    lateReason?: string;
                    recipients: string[];
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: reporting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    RetentionController_setHold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description why the records must not be disposed of (litigation, an investigation, a regulator) */
                    reason: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId: string;
                        events: {
                            subjectId: string;
                            summary: string;
                            type: string;
                        }[];
                        phase: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description not the audit's compliance lead */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description a hold is in force already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    RetentionController_liftHold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description why the hold ends */
                    reason: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId: string;
                        events: {
                            subjectId: string;
                            summary: string;
                            type: string;
                        }[];
                        phase: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description not the audit's compliance lead */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description no hold is in force */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuditsController_liveState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description everything the workflow knows, working papers and task clocks included */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description report recipients outside the audit's people and the distribution list, approved by the audit client */
                        approvedReportRecipients?: {
                            /** @description ISO 8601 timestamp */
                            at: string;
                            by: string;
                            reason: string;
                            recipients: string[];
                        }[];
                        assignments: {
                            area: string;
                            auditor: string;
                            checklistItemIds: string[];
                            id: string;
                            unit?: string;
                        }[];
                        /** @description people who act for the auditee representative on the whole audit: only audits launched before delegation became per task have any */
                        auditeeDelegates: string[];
                        cancellation?: {
                            /** @description ISO 8601 timestamp */
                            at: string;
                            by: string;
                            reason: string;
                        };
                        checklist: {
                            clause: string;
                            expectedEvidence: string;
                            id: string;
                            /** @description stable key of the reference question it was generated from, if any */
                            key?: string;
                            /** @enum {string} */
                            method: "interview" | "observation" | "document" | "test";
                            question: string;
                            standard: string;
                            title?: string;
                        }[];
                        completion?: {
                            /** @description ISO 8601 timestamp */
                            completedAt: string;
                            completedBy: string;
                            lessonsLearned: string[];
                            /** @description ISO 8601 timestamp */
                            retainUntil?: string;
                            /** @enum {string} */
                            retention: "retain" | "dispose";
                        };
                        conclusions?: {
                            conformityDegree: string;
                            effectiveness: string;
                            objectivesMet: boolean;
                            /** @description ISO 8601 timestamp */
                            recordedAt: string;
                            recordedBy: string;
                            trends?: string;
                        };
                        contact?: {
                            accessAndSafetyRules?: string;
                            /** @description ISO 8601 timestamp */
                            acknowledgedAt: string;
                            acknowledgedBy: string;
                            /** @description the auditee confirmed the team's authority to conduct the audit */
                            authorityConfirmed?: boolean;
                            channels: string[];
                            confidentialityAgreed: boolean;
                            /** @description guides the auditee provides */
                            guides?: {
                                email: string;
                                name: string;
                            }[];
                            note?: string;
                            /** @description observers agreed */
                            observers?: {
                                email: string;
                                name: string;
                                organisation?: string;
                            }[];
                            planningInformation?: string;
                        };
                        /** @description the team leader's record of establishing contact */
                        contactEstablished?: {
                            /** @description ISO 8601 timestamp */
                            at: string;
                            by: string;
                            channels: string[];
                            note?: string;
                            planningInformationRequested: string[];
                        };
                        /** @description next number per id prefix (T-1, D-1, F-1 ...) */
                        counters: {
                            [key: string]: number;
                        };
                        /** @description ISO 8601 timestamp */
                        createdAt: string;
                        definition: {
                            auditee: {
                                manager: {
                                    email: string;
                                    name: string;
                                };
                                representative: {
                                    email: string;
                                    name: string;
                                };
                                unit: string;
                            };
                            auditId: string;
                            complianceLead: {
                                email: string;
                                name: string;
                            };
                            criteria: string[];
                            /** @description the programme manager's reasons for launching despite gaps the team check found */
                            gapJustification?: {
                                leaderNotQualified?: string;
                                missingCompetence?: string;
                                outsidePool?: string;
                            };
                            /** @enum {string} */
                            method: "on-site" | "remote" | "blended";
                            objectives: string[];
                            /** @description ISO 8601 timestamp */
                            plannedEnd: string;
                            /** @description ISO 8601 timestamp */
                            plannedStart: string;
                            programmeId: string;
                            programmeManager: {
                                email: string;
                                name: string;
                            };
                            /** @description the window of the programme's cycle plan the audit was launched in */
                            programmeWindowId?: string;
                            scope: {
                                period?: string;
                                processes: string[];
                                sites: string[];
                                units: string[];
                            };
                            team: {
                                email: string;
                                name: string;
                                /** @description declared conflicts: work the member designed or operated, which they may not audit */
                                ownWork?: {
                                    /** @description date */
                                    from: string;
                                    note?: string;
                                    subject: string;
                                    /** @description date; absent while ongoing */
                                    to?: string;
                                }[];
                                /** @enum {string} */
                                role: "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer";
                                /** @description the organisational unit the member belongs to: nobody audits their own unit */
                                unit?: string;
                            }[];
                            title: string;
                        };
                        documentReview?: {
                            adequate: boolean;
                            concerns: string[];
                            /** @description ISO 8601 timestamp */
                            reviewedAt: string;
                            reviewedBy: string;
                        };
                        documents: {
                            description?: string;
                            /** @description ISO 8601 timestamp */
                            dueAt: string;
                            id: string;
                            name: string;
                            /** @description ISO 8601 timestamp */
                            requestedAt: string;
                            supplied?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                files?: {
                                    /** @description download with GET /audits/{id}/files/{fileId} */
                                    id: string;
                                    /** @description detected from the content at upload */
                                    mediaType: string;
                                    name: string;
                                    /** @description taken at upload, recorded on the timeline and checked on every download */
                                    sha256: string;
                                    /** @description bytes */
                                    size: number;
                                }[];
                                note?: string;
                                reference?: string;
                            };
                            /** @description the supply task this request belongs to (one task per request batch) */
                            taskId: string;
                        }[];
                        evidence: {
                            /** @description technical tests on live systems need recorded authorisation */
                            authorisation?: {
                                authorisedBy: string;
                                reference: string;
                            };
                            checklistItemId: string;
                            /** @description shown only to the team and the programme manager; others see that it exists, not what it says */
                            confidential?: boolean;
                            /** @description the supervisor confirmed it; until then no finding may cite it */
                            confirmation?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                note?: string;
                            };
                            description: string;
                            files?: {
                                /** @description download with GET /audits/{id}/files/{fileId} */
                                id: string;
                                /** @description detected from the content at upload */
                                mediaType: string;
                                name: string;
                                /** @description taken at upload, recorded on the timeline and checked on every download */
                                sha256: string;
                                /** @description bytes */
                                size: number;
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "interview" | "observation" | "document" | "record" | "technical-test";
                            /** @description ISO 8601 timestamp */
                            recordedAt: string;
                            recordedBy: string;
                            reference?: string;
                            sampling?: string;
                            /** @description for evidence of an auditor in training: the auditor who supervises and confirms it */
                            supervisor?: string;
                        }[];
                        feasibility?: {
                            alternative?: {
                                note: string;
                                /** @description ISO 8601 timestamp */
                                plannedEnd?: string;
                                /** @description ISO 8601 timestamp */
                                plannedStart?: string;
                                scope?: {
                                    period?: string;
                                    processes: string[];
                                    sites: string[];
                                    units: string[];
                                };
                            };
                            alternativeOutcome?: {
                                accepted: boolean;
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                note: string;
                            };
                            /** @description ISO 8601 timestamp */
                            decidedAt: string;
                            decidedBy: string;
                            feasible: boolean;
                            reason: string;
                        };
                        findings: {
                            criterion: string;
                            /** @description how the team leader resolved the auditee's dispute; a withdrawn finding is not followed up */
                            disputeResolution?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                /** @enum {string} */
                                outcome: "upheld" | "regraded" | "withdrawn";
                                reason: string;
                            };
                            evidenceIds: string[];
                            /** @enum {string} */
                            grade: "conformity" | "major-nonconformity" | "minor-nonconformity" | "observation" | "opportunity-for-improvement" | "good-practice";
                            id: string;
                            /** @description ISO 8601 timestamp */
                            recordedAt: string;
                            recordedBy: string;
                            /** @description each change of grade with its reason: a minor raised to a major, or a regrade that resolved a dispute */
                            regrades?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                /** @enum {string} */
                                from: "conformity" | "major-nonconformity" | "minor-nonconformity" | "observation" | "opportunity-for-improvement" | "good-practice";
                                reason: string;
                                /** @enum {string} */
                                to: "conformity" | "major-nonconformity" | "minor-nonconformity" | "observation" | "opportunity-for-improvement" | "good-practice";
                            }[];
                            response?: {
                                acknowledged: boolean;
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                disagreement?: string;
                            };
                            statement: string;
                        }[];
                        followUps: {
                            /** @description ISO 8601 timestamp */
                            closedAt?: string;
                            findingId: string;
                            /** @enum {string} */
                            state: "open" | "closed";
                            workflowId: string;
                        }[];
                        meetings: {
                            attendees: {
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "chair" | "required" | "optional";
                            }[];
                            /** @description ISO 8601 timestamp */
                            endsAt: string;
                            held?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                attendance: string[];
                                divergingOpinions?: string[];
                                followUpExpectations?: string;
                                minutes: string;
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "opening" | "closing" | "interview";
                            location: string;
                            organizer: {
                                email: string;
                                name: string;
                            };
                            /** @description RFC 5545 SEQUENCE: raised on every change the attendees must see */
                            sequence: number;
                            /** @description ISO 8601 timestamp */
                            startsAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "held" | "cancelled";
                            timeZone: string;
                            title: string;
                        }[];
                        objections: {
                            memberEmail: string;
                            /** @description ISO 8601 timestamp */
                            raisedAt: string;
                            reason: string;
                            resolution?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                note: string;
                                /** @enum {string} */
                                outcome: "replaced" | "dismissed";
                                replacement?: string;
                            };
                        }[];
                        /** @enum {string} */
                        phase: "initiating" | "preparing" | "conducting" | "reporting" | "completing" | "following-up" | "closed" | "cancelled";
                        plans: {
                            answer?: {
                                accepted: boolean;
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                objection?: string;
                            };
                            content: {
                                /** @description ISO 8601 timestamp */
                                closingMeetingAt: string;
                                criteria: string[];
                                /** @description ISO 8601 timestamp */
                                fieldworkEnd: string;
                                /** @description ISO 8601 timestamp */
                                fieldworkStart: string;
                                locations: string[];
                                methods: string[];
                                objectives: string[];
                                /** @description ISO 8601 timestamp */
                                openingMeetingAt: string;
                                resources?: string;
                                roles?: string;
                                sampling?: string;
                                scope: {
                                    period?: string;
                                    processes: string[];
                                    sites: string[];
                                    units: string[];
                                };
                            };
                            /** @description ISO 8601 timestamp */
                            draftedAt: string;
                            draftedBy: string;
                            /** @enum {string} */
                            status: "draft" | "presented" | "accepted" | "objected" | "superseded";
                            version: number;
                        }[];
                        /** @description ISO 8601 timestamp */
                        reportDueAt?: string;
                        reports: {
                            approval?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                            };
                            content: {
                                agreedActions?: string;
                                areasNotCovered?: string;
                                confidentialityStatement?: string;
                                goodPractice?: string;
                                obstacles?: string;
                                /** @description the statement that the audit is based on a sample, always present in an issued report */
                                samplingStatement: string;
                                summary: string;
                            };
                            /** @description ISO 8601 timestamp */
                            draftedAt: string;
                            draftedBy: string;
                            issue?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                lateReason?: string;
                                recipients: string[];
                            };
                            review?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                comments: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "reviewed" | "approved" | "issued" | "superseded";
                            version: number;
                        }[];
                        scopeChanges: {
                            /** @description ISO 8601 timestamp */
                            at: string;
                            by: string;
                            objectives?: string[];
                            reason: string;
                            scope: {
                                period?: string;
                                processes: string[];
                                sites: string[];
                                units: string[];
                            };
                        }[];
                        settings: {
                            /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                            alternativeDecisionWithin: string;
                            /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                            completionWithin: string;
                            /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                            contactAcknowledgementWithin: string;
                            criteriaFromReference?: boolean;
                            delegationIsPerTask?: boolean;
                            /** @description the compliance lead is told this long before records are disposed of */
                            disposalNoticeBefore?: string;
                            disputesResolvedBeforeFollowUp?: boolean;
                            /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                            documentReviewWithin: string;
                            /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                            documentsDueWithin: string;
                            effectivenessChecksSchedulable?: boolean;
                            /** @description reminders and escalations are sent on non-working days too */
                            escalateOnHolidays?: boolean;
                            escalationLadder: {
                                /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                                after: string;
                                cc: ("assignee" | "assignee-manager" | "team-leader" | "programme-manager" | "compliance-lead")[];
                                notify: ("assignee" | "assignee-manager" | "team-leader" | "programme-manager" | "compliance-lead")[];
                            }[];
                            /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                            evidenceConfirmationWithin?: string;
                            /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                            extensionDecisionWithin: string;
                            /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                            feasibilityDecisionWithin: string;
                            /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                            findingResponseWithin: string;
                            meetingAttendanceIsAppointment?: boolean;
                            nonconformityDeadlines: {
                                "major-nonconformity": {
                                    /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                                    implementation: string;
                                    /** @description the latest planned completion a reviewer may accept, counted from the acceptance */
                                    maxImplementation?: string;
                                    /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                                    plan: string;
                                    /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                                    planReview: string;
                                    /** @description an action verified effective is checked again this long after */
                                    recheckAfter?: string;
                                    /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                                    verification: string;
                                };
                                "minor-nonconformity": {
                                    /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                                    implementation: string;
                                    /** @description the latest planned completion a reviewer may accept, counted from the acceptance */
                                    maxImplementation?: string;
                                    /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                                    plan: string;
                                    /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                                    planReview: string;
                                    /** @description an action verified effective is checked again this long after */
                                    recheckAfter?: string;
                                    /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                                    verification: string;
                                };
                            };
                            /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                            objectionResolutionWithin: string;
                            onlyAssignedVerifierVerifies?: boolean;
                            organisationCriteria?: {
                                id: string;
                                title: string;
                            }[];
                            pauseClockWhileExtensionPending: boolean;
                            /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                            planAnswerWithin: string;
                            /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                            planDueBeforeFieldwork?: string;
                            /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                            planIssueWithin: string;
                            plannedCompletionSetsImplementationDeadline?: boolean;
                            programmeManagerExtensionsDecidedByComplianceLead?: boolean;
                            /** @description how long after the audit closes each class of its records is kept (6.6) */
                            recordRetention?: {
                                /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                                "issued-report": string;
                                /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                                "supplied-document": string;
                                /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                                timeline: string;
                                /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                                "working-evidence": string;
                            };
                            reminderLeadTimes: string[];
                            /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                            reportApprovalWithin: string;
                            reportDistributionList?: string[];
                            /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                            reportIssueWithin: string;
                            reportRecipientsRestricted?: boolean;
                            /** @description ISO 8601 duration, or whole working days such as "10 working days" */
                            reportReviewWithin: string;
                            traineeEvidenceSupervised?: boolean;
                            /** @description the working days deadlines in working days count on, resolved at launch */
                            workingCalendar?: {
                                /** @description first date the holidays and offsets are known for */
                                coversFrom: string;
                                /** @description last date they are known for: later, only weekends count and the last offset holds */
                                coversThrough: string;
                                /** @description public holidays and programme closures, as local dates, sorted */
                                holidays: string[];
                                /** @description IANA zones of people who work elsewhere, by lower-case e-mail */
                                personTimeZones: {
                                    [key: string]: string;
                                };
                                /** @description where the holidays came from, for people reading the settings */
                                source: string;
                                /** @description IANA zone of the auditee unit: the zone of everyone without one of their own */
                                timeZone: string;
                                /** @description ISO weekdays not worked: 1 is Monday, 7 is Sunday */
                                weekendDays: number[];
                                /** @description UTC offsets of each zone above over the covered years, in time order */
                                zoneOffsets: {
                                    [key: string]: {
                                        from: string;
                                        minutes: number;
                                    }[];
                                };
                            };
                        };
                        tasks: {
                            /** @description when the current due date was set */
                            armedAt: string;
                            assignee: string;
                            /** @description ISO 8601 timestamp */
                            closedAt?: string;
                            /** @description ISO 8601 timestamp */
                            createdAt: string;
                            /** @description ISO 8601 timestamp */
                            dueAt: string;
                            dueVersion: number;
                            escalationLevel: number;
                            extension?: {
                                /** @description the task opened for whoever decides */
                                decisionTaskId: string;
                                reason: string;
                                /** @description ISO 8601 timestamp */
                                requestedAt: string;
                                requestedBy: string;
                                /** @description ISO 8601 timestamp */
                                requestedDueAt: string;
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "acknowledge-contact" | "resolve-objection" | "decide-feasibility" | "decide-alternative" | "supply-documents" | "review-documents" | "issue-plan" | "answer-plan" | "attend-meeting" | "respond-to-finding" | "review-report" | "approve-report" | "issue-report" | "complete-audit" | "decide-extension" | "submit-action-plan" | "review-action-plan" | "deliver-implementation-evidence" | "verify-effectiveness" | "confirm-evidence" | "launch-audit" | "close-coverage-gap" | "review-programme" | "act-on-kpi";
                            /** @description reminder keys already sent (dueVersion:leadTime) */
                            remindersSent: string[];
                            /** @enum {string} */
                            role: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
                            /** @enum {string} */
                            state: "open" | "overdue" | "done" | "cancelled";
                            subjectId?: string;
                            title: string;
                        }[];
                        team: {
                            email: string;
                            name: string;
                            /** @description declared conflicts: work the member designed or operated, which they may not audit */
                            ownWork?: {
                                /** @description date */
                                from: string;
                                note?: string;
                                subject: string;
                                /** @description date; absent while ongoing */
                                to?: string;
                            }[];
                            /** @enum {string} */
                            role: "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer";
                            /** @description the organisational unit the member belongs to: nobody audits their own unit */
                            unit?: string;
                        }[];
                        urgentRisks: {
                            description: string;
                            id: string;
                            /** @description ISO 8601 timestamp */
                            reportedAt: string;
                            reportedBy: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the auditee side does not see the workflow state */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuditsController_meetingCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 5545 calendar object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_presentPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: preparing) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_reassignTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    assignee: string;
                    taskId: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: initiating, preparing, conducting, reporting, completing, following-up) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_recordConclusions: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    conformityDegree: string;
                    effectiveness: string;
                    objectivesMet: boolean;
                    trends?: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: conducting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_recordDocumentReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    adequate: boolean;
                    /** @default [] */
                    concerns?: string[];
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: preparing) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_recordEvidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    authorisation?: {
                        authorisedBy: string;
                        reference: string;
                    };
                    checklistItemId: string;
                    /**
                     * @description shown only to the audit team and the programme manager; the issued report references it without showing it (6.4)
                     * @default false
                     */
                    confidential?: boolean;
                    description: string;
                    /** @description files uploaded with POST /audits/{id}/files to attach to this step */
                    fileIds?: string[];
                    /** @enum {string} */
                    kind: "interview" | "observation" | "document" | "record" | "technical-test";
                    reference?: string;
                    sampling?: string;
                    /**
                     * Format: email
                     * @description for an auditor in training: the auditor or team leader who supervises this evidence and confirms it
                     */
                    supervisor?: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: conducting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_recordFinding: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description an ISO/IEC 27001:2022 clause (9.2) or Annex A control (A.8.15), or the id of one of the programme's own criteria */
                    criterion: string;
                    /** @default [] */
                    evidenceIds?: string[];
                    /** @enum {string} */
                    grade: "conformity" | "major-nonconformity" | "minor-nonconformity" | "observation" | "opportunity-for-improvement" | "good-practice";
                    statement: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: conducting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_regradeFinding: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    findingId: string;
                    /** @enum {string} */
                    grade: "major-nonconformity";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: conducting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    ReportDocumentsController_previewHtml: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the report as one HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no report version yet, or the auditee side (which sees issued versions only) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    ReportDocumentsController_previewPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the report as PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no report version yet, or the auditee side (which sees issued versions only) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    ReportDocumentsController_issuedPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the report version number */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the issued report as PDF, the same bytes every time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no such version, or not issued */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_requestDocuments: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description the documents asked for; the usual ISMS set when absent (ISMS scope, policy, risk assessment and treatment, SoA, treatment plan, previous audit and management review records)
                     * @default [
                     *       {
                     *         "name": "ISMS scope",
                     *         "description": "ISO/IEC 27001:2022 4.3"
                     *       },
                     *       {
                     *         "name": "Information security policy",
                     *         "description": "ISO/IEC 27001:2022 5.2"
                     *       },
                     *       {
                     *         "name": "Risk assessment process and results",
                     *         "description": "ISO/IEC 27001:2022 6.1.2 and 8.2"
                     *       },
                     *       {
                     *         "name": "Risk treatment process and results",
                     *         "description": "ISO/IEC 27001:2022 6.1.3 and 8.3"
                     *       },
                     *       {
                     *         "name": "Statement of Applicability",
                     *         "description": "ISO/IEC 27001:2022 6.1.3 d, with the justification of each exclusion"
                     *       },
                     *       {
                     *         "name": "Risk treatment plan",
                     *         "description": "ISO/IEC 27001:2022 6.1.3 e"
                     *       },
                     *       {
                     *         "name": "Records of previous audits",
                     *         "description": "ISO/IEC 27001:2022 9.2: internal and external audit reports and their follow-up"
                     *       },
                     *       {
                     *         "name": "Management review records",
                     *         "description": "ISO/IEC 27001:2022 9.3"
                     *       }
                     *     ]
                     */
                    documents?: {
                        description?: string;
                        name: string;
                    }[];
                    /** @description how long the auditee has: ISO 8601 (P10D) or working days ("10 working days") counted on the audit's calendar; the documentsDueWithin setting when absent */
                    dueWithin?: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: preparing) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_requestExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** Format: date-time */
                    requestedDueAt: string;
                    taskId: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: initiating, preparing, conducting, reporting, completing, following-up) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_rescheduleMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    endsAt: string;
                    location?: string;
                    meetingId: string;
                    /** Format: date-time */
                    startsAt: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: preparing, conducting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_resolveDispute: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    findingId: string;
                    /**
                     * @description the new grade, when regraded
                     * @enum {string}
                     */
                    grade?: "conformity" | "major-nonconformity" | "minor-nonconformity" | "observation" | "opportunity-for-improvement" | "good-practice";
                    /** @enum {string} */
                    outcome: "upheld" | "regraded" | "withdrawn";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: conducting, reporting, completing) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_resolveObjection: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    memberEmail: string;
                    note: string;
                    /** @enum {string} */
                    outcome: "replaced" | "dismissed";
                    replacement?: {
                        /** Format: email */
                        email: string;
                        name: string;
                        /** @description declared conflicts: work this member designed or operated */
                        ownWork?: {
                            /** Format: date */
                            from: string;
                            note?: string;
                            /** @description the unit, process, site or control (e.g. A.8.15) the person designed or operated */
                            subject: string;
                            /**
                             * Format: date
                             * @description omitted while the person still does this work
                             */
                            to?: string;
                        }[];
                        /** @enum {string} */
                        role: "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer";
                        unit?: string;
                    };
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: initiating) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_respondToFinding: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    acknowledged: boolean;
                    disagreement?: string;
                    findingId: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: conducting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    RetentionController_extend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description the records of this class are kept at least until then
                     */
                    keepUntil: string;
                    reason: string;
                    /** @enum {string} */
                    recordClass: "working-evidence" | "supplied-document" | "issued-report";
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId: string;
                        events: {
                            subjectId: string;
                            summary: string;
                            type: string;
                        }[];
                        phase: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description not the audit's compliance lead */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_reviewReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comments: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: reporting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_scheduleMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attendees?: {
                        /** Format: email */
                        email: string;
                        name: string;
                        /**
                         * @default required
                         * @enum {string}
                         */
                        role?: "chair" | "required" | "optional";
                    }[];
                    /** Format: date-time */
                    endsAt: string;
                    /** @enum {string} */
                    kind: "opening" | "closing" | "interview";
                    location: string;
                    /** Format: date-time */
                    startsAt: string;
                    /** @default UTC */
                    timeZone?: string;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: preparing, conducting) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    audit_supplyDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
                /** @description the role you act in; needed only when you hold several roles in this audit that may take the step */
                "x-audit-role"?: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    documentId: string;
                    /** @description files uploaded with POST /audits/{id}/files to attach to this step */
                    fileIds?: string[];
                    note?: string;
                    /** @description where the document is (a path, a link, a document number); needed unless files are attached */
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description the step was recorded: phase after it and the timeline events it produced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditId?: string;
                        events?: {
                            subjectId?: string;
                            summary?: string;
                            type?: string;
                        }[];
                        phase?: string;
                    };
                };
            };
            /** @description malformed request: names the field and the rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description unknown audit (or one you may not see), finding or referenced item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description not allowed in the audit's current phase (allowed in: preparing) or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuditsController_task: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignee: string;
                        auditeeUnit: string;
                        auditId: string;
                        /** @enum {string} */
                        auditPhase: "initiating" | "preparing" | "conducting" | "reporting" | "completing" | "following-up" | "closed" | "cancelled";
                        auditTitle: string;
                        /** @description ISO 8601 timestamp */
                        closedAt?: string;
                        /** @description ISO 8601 timestamp */
                        createdAt: string;
                        /** @description ISO 8601 timestamp */
                        dueAt: string;
                        dueVersion: number;
                        /** @description escalation rungs fired for the current due date */
                        escalationLevel: number;
                        extension?: {
                            /** @description the task opened for whoever decides */
                            decisionTaskId: string;
                            reason: string;
                            /** @description ISO 8601 timestamp */
                            requestedAt: string;
                            requestedBy: string;
                            /** @description ISO 8601 timestamp */
                            requestedDueAt: string;
                        };
                        id: string;
                        /** @enum {string} */
                        kind: "acknowledge-contact" | "resolve-objection" | "decide-feasibility" | "decide-alternative" | "supply-documents" | "review-documents" | "issue-plan" | "answer-plan" | "attend-meeting" | "respond-to-finding" | "review-report" | "approve-report" | "issue-report" | "complete-audit" | "decide-extension" | "submit-action-plan" | "review-action-plan" | "deliver-implementation-evidence" | "verify-effectiveness" | "confirm-evidence" | "launch-audit" | "close-coverage-gap" | "review-programme" | "act-on-kpi";
                        /** @description active and past its due date at the moment of the query */
                        overdue: boolean;
                        programmeId: string;
                        /** @description whose task it was before its last reassignment */
                        reassignedFrom?: string;
                        /** @description reminder mails sent for this task, over all its due dates */
                        remindersSent: number;
                        /** @enum {string} */
                        role: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
                        /** @enum {string} */
                        state: "open" | "overdue" | "done" | "cancelled";
                        /** @description what the task is about: a finding, document request, meeting, report version or another task */
                        subjectId?: string;
                        title: string;
                        /** @description ISO 8601 timestamp */
                        updatedAt: string;
                        /** @description the audit's workflow, or the corrective action's for its tasks */
                        workflowId: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuditsController_timeline: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description newest-first (the default) or oldest-first */
                order?: "newest-first" | "oldest-first";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the lines of the page, and how many lines the reader may see in all (total) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            actor?: {
                                email: string;
                                /** @description the person's directory id */
                                personId?: string;
                                /** @enum {string} */
                                role: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
                                /**
                                 * @description how they signed in
                                 * @enum {string}
                                 */
                                via?: "sso" | "link" | "token";
                            };
                            data?: {
                                [key: string]: unknown;
                            };
                            /** @description SHA-256 of its content and prevHash (absent on lines from before the chain); see GET /audits/{id}/timeline/verify */
                            hash?: string;
                            id: number;
                            /** @description ISO 8601 timestamp */
                            occurredAt: string;
                            /** @enum {string} */
                            phase: "initiating" | "preparing" | "conducting" | "reporting" | "completing" | "following-up" | "closed" | "cancelled";
                            /** @description SHA-256 of the line before it in its chain (absent on the first and on lines from before the chain) */
                            prevHash?: string;
                            /** @description ISO 8601 timestamp */
                            recordedAt: string;
                            seq: number;
                            subjectId?: string;
                            summary: string;
                            type: string;
                            workflowId: string;
                        }[];
                        limit: number;
                        offset: number;
                        total: number;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuditsController_verifyTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description verified, or the first line whose content or link does not match */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description lines recorded before timelines were hash-chained: shown, not provable */
                        beforeChain: number;
                        /** @description lines on the timeline */
                        events: number;
                        /** @description the first line (lowest id) that does not match; absent when verified */
                        firstMismatch?: {
                            explanation: string;
                            /** @description the timeline line (row id) */
                            id: number;
                            /**
                             * @description content: changed after it was recorded; link: a line before it in its chain was removed, inserted or rehashed; unhashed: its hash was removed
                             * @enum {string}
                             */
                            reason: "content" | "link" | "unhashed";
                            seq: number;
                            type: string;
                            workflowId: string;
                        };
                        /** @description true when every hashed line matches its hash and the line before it in its chain */
                        verified: boolean;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the auditee side is not shown the whole timeline */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    AuthController_linkPage: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the page with the button that uses the link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description the link was used, has expired or never existed: a page that says so */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    AuthController_useLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description signed in (JSON request) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description send it as x-csrf-token with every change made with the session cookie */
                        csrfToken?: string;
                        person: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            roles: string[];
                        };
                        /** @description where the link was asked for from: the page to go on to */
                        returnTo: string;
                        /** @enum {string} */
                        via: "sso" | "link" | "token";
                    };
                };
            };
            /** @description signed in (form post): on to returnTo */
            303: {
                headers: {
                    /** @description where the browser goes next */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description send it as x-csrf-token with every change made with the session cookie */
                        csrfToken?: string;
                        person: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            roles: string[];
                        };
                        /** @enum {string} */
                        via: "sso" | "link" | "token";
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_setupPage: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the setup page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    AuthController_setup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description the first admin, signed in (JSON request) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description send it as x-csrf-token with every change made with the session cookie */
                        csrfToken?: string;
                        person: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            roles: string[];
                        };
                        /** @enum {string} */
                        via: "sso" | "link" | "token";
                    };
                };
            };
            /** @description signed in (form post): on to the web app */
            303: {
                headers: {
                    /** @description where the browser goes next */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_signInPage: {
        parameters: {
            query: {
                returnTo: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the sign-in page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description already signed in: on to returnTo */
            303: {
                headers: {
                    /** @description where the browser goes next */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_requestLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    returnTo?: string;
                };
            };
        };
        responses: {
            /** @description a form post: the sign-in page, saying that a link is on its way */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description the same answer for every well-formed address */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description too many links asked for this address or from this client */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_ssoCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed in: on to returnTo */
            303: {
                headers: {
                    /** @description where the browser goes next */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_ssoStart: {
        parameters: {
            query: {
                returnTo: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description to the identity provider */
            302: {
                headers: {
                    /** @description where the browser goes next */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CorrectiveActionsController_list: {
        parameters: {
            query?: {
                auditeeUnit?: string;
                /** @description comma-separated: major-nonconformity, minor-nonconformity */
                grade?: string;
                limit?: number;
                offset?: number;
                /** @description true: not closed and past the due date of its current step; false: everything else */
                overdue?: "true" | "false";
                programmeId?: string;
                /** @description comma-separated: awaiting-plan, plan-submitted, implementing, evidence-submitted, verification-deferred, recheck-scheduled, rechecking, closed */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description every matching action by age (buckets cut at 30, 60, 90 days) and grade */
                        ageing: {
                            /** @description age of the youngest action in the bucket, in whole days */
                            fromDays: number;
                            /** @description major nonconformities of this age */
                            major: number;
                            /** @description minor nonconformities of this age */
                            minor: number;
                            /** @description age at which the next bucket starts; absent for the oldest bucket */
                            untilDays?: number;
                        }[];
                        items: {
                            /** @description whole days since it was opened (until it closed, for a closed one), at the moment of the query */
                            ageDays: number;
                            auditeeUnit: string;
                            auditId: string;
                            auditTitle: string;
                            /** @description ISO 8601 timestamp */
                            closedAt?: string;
                            complianceLeadEmail: string;
                            /** @description effectiveness checks put off, latest last */
                            deferrals?: {
                                /** @description the audited unit whose next audit verifies it */
                                area?: string;
                                /** @description ISO 8601 timestamp */
                                deferredAt: string;
                                deferredBy: string;
                                /**
                                 * @description on-date: a timer opens the verification task on `until`; next-audit: verified at the next audit of `area`
                                 * @enum {string}
                                 */
                                kind: "on-date" | "next-audit";
                                note: string;
                                round: number;
                                /** @description ISO 8601 timestamp */
                                until?: string;
                            }[];
                            /** @description the highest escalation rung fired among its active tasks (0: none) */
                            escalationLevel: number;
                            evidence: {
                                description: string;
                                references: string[];
                                round: number;
                                /** @description ISO 8601 timestamp */
                                submittedAt: string;
                                submittedBy: string;
                            }[];
                            findingId: string;
                            /** @enum {string} */
                            grade: "major-nonconformity" | "minor-nonconformity";
                            /** @description the earliest due date among its active tasks */
                            nextDueAt?: string;
                            /** @description ISO 8601 timestamp */
                            openedAt: string;
                            /** @description not closed and past the due date of its current step at the moment of the query */
                            overdue: boolean;
                            plans: {
                                actionPlan: string;
                                correction?: string;
                                /** @description ISO 8601 timestamp */
                                plannedCompletion?: string;
                                review?: {
                                    accepted: boolean;
                                    /** @description ISO 8601 timestamp */
                                    at: string;
                                    by: string;
                                    reason?: string;
                                };
                                rootCause: string;
                                round: number;
                                /** @description ISO 8601 timestamp */
                                submittedAt: string;
                                submittedBy: string;
                            }[];
                            programmeId: string;
                            /** @description while recheck-scheduled: when the re-check task opens */
                            recheckDueAt?: string;
                            /** @description raised when an ineffective action is reopened */
                            round: number;
                            /** @enum {string} */
                            status: "awaiting-plan" | "plan-submitted" | "implementing" | "evidence-submitted" | "verification-deferred" | "recheck-scheduled" | "rechecking" | "closed";
                            /** @description ISO 8601 timestamp */
                            updatedAt: string;
                            verifications: {
                                effective: boolean;
                                note: string;
                                /** @description a scheduled re-check of an action verified effective before */
                                recheck?: boolean;
                                round: number;
                                /** @description ISO 8601 timestamp */
                                verifiedAt: string;
                                verifiedBy: string;
                            }[];
                            workflowId: string;
                        }[];
                        limit: number;
                        offset: number;
                        total: number;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FindingsController_list: {
        parameters: {
            query?: {
                auditeeUnit?: string;
                /** @description clause or control, e.g. 9.2 or A.5.15 */
                criterion?: string;
                /** @description comma-separated: conformity, major-nonconformity, minor-nonconformity, observation, opportunity-for-improvement, good-practice */
                grade?: string;
                limit?: number;
                offset?: number;
                programmeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            auditeeUnit: string;
                            auditId: string;
                            auditTitle: string;
                            criterion: string;
                            /** @description how the team leader resolved the auditee's dispute; a withdrawn finding is not followed up */
                            disputeResolution?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                /** @enum {string} */
                                outcome: "upheld" | "regraded" | "withdrawn";
                                reason: string;
                            };
                            evidenceIds: string[];
                            /** @enum {string} */
                            grade: "conformity" | "major-nonconformity" | "minor-nonconformity" | "observation" | "opportunity-for-improvement" | "good-practice";
                            id: string;
                            programmeId: string;
                            /** @description ISO 8601 timestamp */
                            recordedAt: string;
                            recordedBy: string;
                            /** @description each change of grade with its reason: a minor raised to a major, or a regrade that resolved a dispute */
                            regrades?: {
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                /** @enum {string} */
                                from: "conformity" | "major-nonconformity" | "minor-nonconformity" | "observation" | "opportunity-for-improvement" | "good-practice";
                                reason: string;
                                /** @enum {string} */
                                to: "conformity" | "major-nonconformity" | "minor-nonconformity" | "observation" | "opportunity-for-improvement" | "good-practice";
                            }[];
                            response?: {
                                acknowledged: boolean;
                                /** @description ISO 8601 timestamp */
                                at: string;
                                by: string;
                                disagreement?: string;
                            };
                            statement: string;
                        }[];
                        limit: number;
                        offset: number;
                        total: number;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every dependency is up (degraded: with stuck work, counted) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            /** @description At least one dependency is down (see its reason), or the API is shutting down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessReport"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every dependency is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessReport"];
                };
            };
            /** @description At least one dependency is down (see its reason), or the API is shutting down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessReport"];
                };
            };
        };
    };
    PeopleController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        managerEmail?: string;
                        name: string;
                        roles: ("admin" | "programme-manager" | "compliance-lead" | "auditor")[];
                        /** @enum {string} */
                        source: "directory" | "sso" | "audit" | "setup";
                        unit?: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PeopleController_list: {
        parameters: {
            query?: {
                active?: "true" | "false";
                limit?: number;
                offset?: number;
                role?: "admin" | "programme-manager" | "compliance-lead" | "auditor";
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            managerEmail?: string;
                            name: string;
                            roles: ("admin" | "programme-manager" | "compliance-lead" | "auditor")[];
                            /** @enum {string} */
                            source: "directory" | "sso" | "audit" | "setup";
                            unit?: string;
                            updatedAt: string;
                        }[];
                        limit: number;
                        offset: number;
                        total: number;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PeopleController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** Format: email */
                    managerEmail?: string;
                    name: string;
                    /** @default [] */
                    roles?: ("admin" | "programme-manager" | "compliance-lead" | "auditor")[];
                    unit?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        managerEmail?: string;
                        name: string;
                        roles: ("admin" | "programme-manager" | "compliance-lead" | "auditor")[];
                        /** @enum {string} */
                        source: "directory" | "sso" | "audit" | "setup";
                        unit?: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PeopleController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        managerEmail?: string;
                        name: string;
                        roles: ("admin" | "programme-manager" | "compliance-lead" | "auditor")[];
                        /** @enum {string} */
                        source: "directory" | "sso" | "audit" | "setup";
                        unit?: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    PeopleController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    /** Format: email */
                    managerEmail?: string;
                    name?: string;
                    roles?: ("admin" | "programme-manager" | "compliance-lead" | "auditor")[];
                    unit?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        managerEmail?: string;
                        name: string;
                        roles: ("admin" | "programme-manager" | "compliance-lead" | "auditor")[];
                        /** @enum {string} */
                        source: "directory" | "sso" | "audit" | "setup";
                        unit?: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgrammesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: string | null;
                        complianceLeadEmail: string;
                        complianceLeadName: string;
                        /** @description cycle, audit areas, Statement of Applicability, audit types and methods, resources, team-selection criteria (5.2–5.4) */
                        content: {
                            [key: string]: unknown;
                        } | null;
                        createdAt: string;
                        /** @description frequency of audits by risk, window length, launch lead time */
                        cycleSettings: {
                            [key: string]: unknown;
                        } | null;
                        description: string | null;
                        extent: string | null;
                        /** Format: uuid */
                        id: string;
                        managerEmail: string;
                        managerName: string;
                        name: string;
                        objectives: string[];
                        risks: {
                            description: string;
                            treatment: string;
                        }[];
                        /** @description per-programme overrides of the audit settings (durations as ISO 8601 such as P14D, or as "N working days" counted on the working calendar in workingCalendar) */
                        settings: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description draft: this version awaits the audit client's approval
                         * @enum {string}
                         */
                        status: "draft" | "approved";
                        updatedAt: string;
                        /** @description each change is a new version, approved again by the audit client */
                        version: number;
                    }[];
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgrammesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    complianceLead: {
                        /** Format: email */
                        email: string;
                        name: string;
                    };
                    /** @description the cycle, audit areas, Statement of Applicability, audit types and methods, resources and team-selection criteria (5.2–5.4) */
                    content?: {
                        auditAreas: {
                            covers: {
                                /** @default [] */
                                clauses?: string[];
                                /** @default [] */
                                controls?: string[];
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "unit" | "site" | "process" | "supplier";
                            name: string;
                            /** @enum {string} */
                            riskRating: "high" | "medium" | "low";
                        }[];
                        /**
                         * @default [
                         *       {
                         *         "location": "on-site",
                         *         "interaction": "with-human-interaction"
                         *       }
                         *     ]
                         */
                        auditMethods?: {
                            /** @enum {string} */
                            interaction: "with-human-interaction" | "without-human-interaction";
                            /** @enum {string} */
                            location: "on-site" | "remote";
                        }[];
                        /**
                         * @default [
                         *       "first-party"
                         *     ]
                         */
                        auditTypes?: ("first-party" | "second-party" | "third-party")[];
                        cycle: {
                            /** @description ISO 8601 duration, e.g. P3Y (PT90S in tests) */
                            length: string;
                            /** Format: date-time */
                            start: string;
                        };
                        resources: {
                            auditorDaysPerYear: number;
                            budget?: {
                                amount: number;
                                currency: string;
                            };
                            /**
                             * @description tools and remote-audit ICT the audits may use
                             * @default []
                             */
                            tools?: string[];
                        };
                        /**
                         * @default {
                         *       "excluded": []
                         *     }
                         */
                        statementOfApplicability?: {
                            /** @default [] */
                            excluded?: {
                                control: string;
                                justification: string;
                            }[];
                        };
                        /** @default [] */
                        teamSelectionCriteria?: string[];
                    };
                    /** @description how often areas are audited by risk, how long a window is, and how early its launch is asked for */
                    cycleSettings?: {
                        /** @default P14D */
                        coverageGapWithin?: string;
                        /**
                         * @default {
                         *       "high": "P1Y",
                         *       "medium": "P2Y",
                         *       "low": "cycle"
                         *     }
                         */
                        frequencyByRisk?: {
                            /** @default P1Y */
                            high?: "cycle" | string;
                            /** @default cycle */
                            low?: "cycle" | string;
                            /** @default P2Y */
                            medium?: "cycle" | string;
                        };
                        /** @default P14D */
                        kpiActionWithin?: string;
                        /** @default P7D */
                        kpiCheckEvery?: string;
                        /**
                         * @default {
                         *       "coverageBehindPlanPercent": 90,
                         *       "overdueCorrectiveActions": 5
                         *     }
                         */
                        kpiThresholds?: {
                            /**
                             * @description below this share (%) of the items planned in windows already closed being audited, coverage is behind plan
                             * @default 90
                             */
                            coverageBehindPlanPercent?: number;
                            /**
                             * @description more open corrective actions than this past a due date are too many
                             * @default 5
                             */
                            overdueCorrectiveActions?: number;
                        };
                        /** @default P14D */
                        launchLeadTime?: string;
                        /** @default P1Y */
                        reviewEvery?: string;
                        /** @default P30D */
                        reviewWithin?: string;
                        /** @default P30D */
                        windowLength?: string;
                    };
                    description?: string;
                    extent?: string;
                    manager: {
                        /** Format: email */
                        email: string;
                        name: string;
                    };
                    name: string;
                    objectives: string[];
                    /** @default [] */
                    risks?: {
                        description: string;
                        treatment: string;
                    }[];
                    settings?: {
                        alternativeDecisionWithin?: string;
                        completionWithin?: string;
                        contactAcknowledgementWithin?: string;
                        /** @description the compliance lead is told this long before records are disposed of */
                        disposalNoticeBefore?: string;
                        documentReviewWithin?: string;
                        documentsDueWithin?: string;
                        /** @description send reminders and escalations that fall on a weekend or holiday of the working calendar then, instead of at the start of the next working day */
                        escalateOnHolidays?: boolean;
                        escalationLadder?: {
                            /** @description time after the due date at which this rung fires */
                            after: string;
                            /** @default [] */
                            cc?: ("assignee" | "assignee-manager" | "team-leader" | "programme-manager" | "compliance-lead")[];
                            notify: ("assignee" | "assignee-manager" | "team-leader" | "programme-manager" | "compliance-lead")[];
                        }[];
                        /** @description the supervisor confirms trainee evidence within this time */
                        evidenceConfirmationWithin?: string;
                        extensionDecisionWithin?: string;
                        feasibilityDecisionWithin?: string;
                        findingResponseWithin?: string;
                        nonconformityDeadlines?: {
                            "major-nonconformity"?: {
                                /** @description auditee delivers implementation evidence within, after the plan is accepted */
                                implementation?: string;
                                /** @description the latest planned completion a reviewer may accept, counted from the acceptance; the auditee's plannedCompletion is then the implementation deadline */
                                maxImplementation?: string;
                                /** @description auditee submits correction, root cause and action plan within */
                                plan?: string;
                                /** @description team leader accepts or returns the plan within */
                                planReview?: string;
                                /** @description an action verified effective is checked again this long after (a scheduled re-check; absent: none) */
                                recheckAfter?: string;
                                /** @description auditor verifies effectiveness within, after evidence arrives */
                                verification?: string;
                            };
                            "minor-nonconformity"?: {
                                /** @description auditee delivers implementation evidence within, after the plan is accepted */
                                implementation?: string;
                                /** @description the latest planned completion a reviewer may accept, counted from the acceptance; the auditee's plannedCompletion is then the implementation deadline */
                                maxImplementation?: string;
                                /** @description auditee submits correction, root cause and action plan within */
                                plan?: string;
                                /** @description team leader accepts or returns the plan within */
                                planReview?: string;
                                /** @description an action verified effective is checked again this long after (a scheduled re-check; absent: none) */
                                recheckAfter?: string;
                                /** @description auditor verifies effectiveness within, after evidence arrives */
                                verification?: string;
                            };
                        };
                        objectionResolutionWithin?: string;
                        /** @description the organisation's own audit criteria (policies, contract clauses) a finding may cite by id, besides ISO/IEC 27001:2022 */
                        organisationCriteria?: {
                            id: string;
                            title: string;
                        }[];
                        pauseClockWhileExtensionPending?: boolean;
                        planAnswerWithin?: string;
                        /** @description the audit plan is due at the latest this long before the planned start of fieldwork */
                        planDueBeforeFieldwork?: string;
                        planIssueWithin?: string;
                        recordRetention?: {
                            "issued-report"?: string;
                            "supplied-document"?: string;
                            timeline?: string;
                            "working-evidence"?: string;
                        };
                        /** @description reminders this long before each due date */
                        reminderLeadTimes?: string[];
                        reportApprovalWithin?: string;
                        /** @description the programme's standing report recipients, besides the audit's own people; anyone else needs the audit client's approval */
                        reportDistributionList?: string[];
                        /** @description report issued within this time after the closing meeting */
                        reportIssueWithin?: string;
                        reportReviewWithin?: string;
                        workingCalendar?: {
                            /** @description country whose public holidays are not worked */
                            country: string;
                            /** @description further days not worked, such as a closure between Christmas and New Year */
                            extraHolidays?: string[];
                            /** @description IANA time zones of people who work elsewhere than the auditee unit, by e-mail */
                            personTimeZones?: {
                                [key: string]: string;
                            };
                            /** @description public holidays worked all the same */
                            removedHolidays?: string[];
                            /** @description state or region (ISO 3166-2 without the country), for holidays kept only there */
                            subdivision?: string;
                            /** @description the unit's IANA time zone */
                            timeZone: string;
                            /** @description sources of auditee units whose calendar differs, by unit name */
                            units?: {
                                [key: string]: {
                                    /** @description country whose public holidays are not worked */
                                    country: string;
                                    /** @description further days not worked, such as a closure between Christmas and New Year */
                                    extraHolidays?: string[];
                                    /** @description public holidays worked all the same */
                                    removedHolidays?: string[];
                                    /** @description state or region (ISO 3166-2 without the country), for holidays kept only there */
                                    subdivision?: string;
                                    /** @description the unit's IANA time zone */
                                    timeZone: string;
                                    /** @description ISO weekdays not worked (1 is Monday, 7 is Sunday); Saturday and Sunday when absent */
                                    weekendDays?: number[];
                                };
                            };
                            /** @description ISO weekdays not worked (1 is Monday, 7 is Sunday); Saturday and Sunday when absent */
                            weekendDays?: number[];
                        };
                    };
                };
            };
        };
        responses: {
            /** @description the programme, in draft until the audit client approves it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: string | null;
                        complianceLeadEmail: string;
                        complianceLeadName: string;
                        /** @description cycle, audit areas, Statement of Applicability, audit types and methods, resources, team-selection criteria (5.2–5.4) */
                        content: {
                            [key: string]: unknown;
                        } | null;
                        createdAt: string;
                        /** @description frequency of audits by risk, window length, launch lead time */
                        cycleSettings: {
                            [key: string]: unknown;
                        } | null;
                        description: string | null;
                        extent: string | null;
                        /** Format: uuid */
                        id: string;
                        managerEmail: string;
                        managerName: string;
                        name: string;
                        objectives: string[];
                        risks: {
                            description: string;
                            treatment: string;
                        }[];
                        /** @description per-programme overrides of the audit settings (durations as ISO 8601 such as P14D, or as "N working days" counted on the working calendar in workingCalendar) */
                        settings: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description draft: this version awaits the audit client's approval
                         * @enum {string}
                         */
                        status: "draft" | "approved";
                        updatedAt: string;
                        /** @description each change is a new version, approved again by the audit client */
                        version: number;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgrammesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: string | null;
                        complianceLeadEmail: string;
                        complianceLeadName: string;
                        /** @description cycle, audit areas, Statement of Applicability, audit types and methods, resources, team-selection criteria (5.2–5.4) */
                        content: {
                            [key: string]: unknown;
                        } | null;
                        createdAt: string;
                        /** @description frequency of audits by risk, window length, launch lead time */
                        cycleSettings: {
                            [key: string]: unknown;
                        } | null;
                        description: string | null;
                        extent: string | null;
                        /** Format: uuid */
                        id: string;
                        managerEmail: string;
                        managerName: string;
                        name: string;
                        objectives: string[];
                        risks: {
                            description: string;
                            treatment: string;
                        }[];
                        /** @description per-programme overrides of the audit settings (durations as ISO 8601 such as P14D, or as "N working days" counted on the working calendar in workingCalendar) */
                        settings: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description draft: this version awaits the audit client's approval
                         * @enum {string}
                         */
                        status: "draft" | "approved";
                        updatedAt: string;
                        /** @description each change is a new version, approved again by the audit client */
                        version: number;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    ProgrammesController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    complianceLead?: {
                        /** Format: email */
                        email: string;
                        name: string;
                    };
                    /** @description the cycle, audit areas, Statement of Applicability, audit types and methods, resources and team-selection criteria (5.2–5.4) */
                    content?: {
                        auditAreas: {
                            covers: {
                                /** @default [] */
                                clauses?: string[];
                                /** @default [] */
                                controls?: string[];
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "unit" | "site" | "process" | "supplier";
                            name: string;
                            /** @enum {string} */
                            riskRating: "high" | "medium" | "low";
                        }[];
                        /**
                         * @default [
                         *       {
                         *         "location": "on-site",
                         *         "interaction": "with-human-interaction"
                         *       }
                         *     ]
                         */
                        auditMethods?: {
                            /** @enum {string} */
                            interaction: "with-human-interaction" | "without-human-interaction";
                            /** @enum {string} */
                            location: "on-site" | "remote";
                        }[];
                        /**
                         * @default [
                         *       "first-party"
                         *     ]
                         */
                        auditTypes?: ("first-party" | "second-party" | "third-party")[];
                        cycle: {
                            /** @description ISO 8601 duration, e.g. P3Y (PT90S in tests) */
                            length: string;
                            /** Format: date-time */
                            start: string;
                        };
                        resources: {
                            auditorDaysPerYear: number;
                            budget?: {
                                amount: number;
                                currency: string;
                            };
                            /**
                             * @description tools and remote-audit ICT the audits may use
                             * @default []
                             */
                            tools?: string[];
                        };
                        /**
                         * @default {
                         *       "excluded": []
                         *     }
                         */
                        statementOfApplicability?: {
                            /** @default [] */
                            excluded?: {
                                control: string;
                                justification: string;
                            }[];
                        };
                        /** @default [] */
                        teamSelectionCriteria?: string[];
                    };
                    /** @description how often areas are audited by risk, how long a window is, and how early its launch is asked for */
                    cycleSettings?: {
                        /** @default P14D */
                        coverageGapWithin?: string;
                        /**
                         * @default {
                         *       "high": "P1Y",
                         *       "medium": "P2Y",
                         *       "low": "cycle"
                         *     }
                         */
                        frequencyByRisk?: {
                            /** @default P1Y */
                            high?: "cycle" | string;
                            /** @default cycle */
                            low?: "cycle" | string;
                            /** @default P2Y */
                            medium?: "cycle" | string;
                        };
                        /** @default P14D */
                        kpiActionWithin?: string;
                        /** @default P7D */
                        kpiCheckEvery?: string;
                        /**
                         * @default {
                         *       "coverageBehindPlanPercent": 90,
                         *       "overdueCorrectiveActions": 5
                         *     }
                         */
                        kpiThresholds?: {
                            /**
                             * @description below this share (%) of the items planned in windows already closed being audited, coverage is behind plan
                             * @default 90
                             */
                            coverageBehindPlanPercent?: number;
                            /**
                             * @description more open corrective actions than this past a due date are too many
                             * @default 5
                             */
                            overdueCorrectiveActions?: number;
                        };
                        /** @default P14D */
                        launchLeadTime?: string;
                        /** @default P1Y */
                        reviewEvery?: string;
                        /** @default P30D */
                        reviewWithin?: string;
                        /** @default P30D */
                        windowLength?: string;
                    };
                    description?: string;
                    extent?: string;
                    name?: string;
                    objectives?: string[];
                    /** @description why the programme changes (recorded with the new version) */
                    reason: string;
                    risks?: {
                        description: string;
                        treatment: string;
                    }[];
                    settings?: {
                        alternativeDecisionWithin?: string;
                        completionWithin?: string;
                        contactAcknowledgementWithin?: string;
                        /** @description the compliance lead is told this long before records are disposed of */
                        disposalNoticeBefore?: string;
                        documentReviewWithin?: string;
                        documentsDueWithin?: string;
                        /** @description send reminders and escalations that fall on a weekend or holiday of the working calendar then, instead of at the start of the next working day */
                        escalateOnHolidays?: boolean;
                        escalationLadder?: {
                            /** @description time after the due date at which this rung fires */
                            after: string;
                            /** @default [] */
                            cc?: ("assignee" | "assignee-manager" | "team-leader" | "programme-manager" | "compliance-lead")[];
                            notify: ("assignee" | "assignee-manager" | "team-leader" | "programme-manager" | "compliance-lead")[];
                        }[];
                        /** @description the supervisor confirms trainee evidence within this time */
                        evidenceConfirmationWithin?: string;
                        extensionDecisionWithin?: string;
                        feasibilityDecisionWithin?: string;
                        findingResponseWithin?: string;
                        nonconformityDeadlines?: {
                            "major-nonconformity"?: {
                                /** @description auditee delivers implementation evidence within, after the plan is accepted */
                                implementation?: string;
                                /** @description the latest planned completion a reviewer may accept, counted from the acceptance; the auditee's plannedCompletion is then the implementation deadline */
                                maxImplementation?: string;
                                /** @description auditee submits correction, root cause and action plan within */
                                plan?: string;
                                /** @description team leader accepts or returns the plan within */
                                planReview?: string;
                                /** @description an action verified effective is checked again this long after (a scheduled re-check; absent: none) */
                                recheckAfter?: string;
                                /** @description auditor verifies effectiveness within, after evidence arrives */
                                verification?: string;
                            };
                            "minor-nonconformity"?: {
                                /** @description auditee delivers implementation evidence within, after the plan is accepted */
                                implementation?: string;
                                /** @description the latest planned completion a reviewer may accept, counted from the acceptance; the auditee's plannedCompletion is then the implementation deadline */
                                maxImplementation?: string;
                                /** @description auditee submits correction, root cause and action plan within */
                                plan?: string;
                                /** @description team leader accepts or returns the plan within */
                                planReview?: string;
                                /** @description an action verified effective is checked again this long after (a scheduled re-check; absent: none) */
                                recheckAfter?: string;
                                /** @description auditor verifies effectiveness within, after evidence arrives */
                                verification?: string;
                            };
                        };
                        objectionResolutionWithin?: string;
                        /** @description the organisation's own audit criteria (policies, contract clauses) a finding may cite by id, besides ISO/IEC 27001:2022 */
                        organisationCriteria?: {
                            id: string;
                            title: string;
                        }[];
                        pauseClockWhileExtensionPending?: boolean;
                        planAnswerWithin?: string;
                        /** @description the audit plan is due at the latest this long before the planned start of fieldwork */
                        planDueBeforeFieldwork?: string;
                        planIssueWithin?: string;
                        recordRetention?: {
                            "issued-report"?: string;
                            "supplied-document"?: string;
                            timeline?: string;
                            "working-evidence"?: string;
                        };
                        /** @description reminders this long before each due date */
                        reminderLeadTimes?: string[];
                        reportApprovalWithin?: string;
                        /** @description the programme's standing report recipients, besides the audit's own people; anyone else needs the audit client's approval */
                        reportDistributionList?: string[];
                        /** @description report issued within this time after the closing meeting */
                        reportIssueWithin?: string;
                        reportReviewWithin?: string;
                        workingCalendar?: {
                            /** @description country whose public holidays are not worked */
                            country: string;
                            /** @description further days not worked, such as a closure between Christmas and New Year */
                            extraHolidays?: string[];
                            /** @description IANA time zones of people who work elsewhere than the auditee unit, by e-mail */
                            personTimeZones?: {
                                [key: string]: string;
                            };
                            /** @description public holidays worked all the same */
                            removedHolidays?: string[];
                            /** @description state or region (ISO 3166-2 without the country), for holidays kept only there */
                            subdivision?: string;
                            /** @description the unit's IANA time zone */
                            timeZone: string;
                            /** @description sources of auditee units whose calendar differs, by unit name */
                            units?: {
                                [key: string]: {
                                    /** @description country whose public holidays are not worked */
                                    country: string;
                                    /** @description further days not worked, such as a closure between Christmas and New Year */
                                    extraHolidays?: string[];
                                    /** @description public holidays worked all the same */
                                    removedHolidays?: string[];
                                    /** @description state or region (ISO 3166-2 without the country), for holidays kept only there */
                                    subdivision?: string;
                                    /** @description the unit's IANA time zone */
                                    timeZone: string;
                                    /** @description ISO weekdays not worked (1 is Monday, 7 is Sunday); Saturday and Sunday when absent */
                                    weekendDays?: number[];
                                };
                            };
                            /** @description ISO weekdays not worked (1 is Monday, 7 is Sunday); Saturday and Sunday when absent */
                            weekendDays?: number[];
                        };
                    };
                };
            };
        };
        responses: {
            /** @description the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: string | null;
                        complianceLeadEmail: string;
                        complianceLeadName: string;
                        /** @description cycle, audit areas, Statement of Applicability, audit types and methods, resources, team-selection criteria (5.2–5.4) */
                        content: {
                            [key: string]: unknown;
                        } | null;
                        createdAt: string;
                        /** @description frequency of audits by risk, window length, launch lead time */
                        cycleSettings: {
                            [key: string]: unknown;
                        } | null;
                        description: string | null;
                        extent: string | null;
                        /** Format: uuid */
                        id: string;
                        managerEmail: string;
                        managerName: string;
                        name: string;
                        objectives: string[];
                        risks: {
                            description: string;
                            treatment: string;
                        }[];
                        /** @description per-programme overrides of the audit settings (durations as ISO 8601 such as P14D, or as "N working days" counted on the working calendar in workingCalendar) */
                        settings: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description draft: this version awaits the audit client's approval
                         * @enum {string}
                         */
                        status: "draft" | "approved";
                        updatedAt: string;
                        /** @description each change is a new version, approved again by the audit client */
                        version: number;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    ProgrammesController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the audit client who approved the programme */
                    approvedBy: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description the approved programme */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: string | null;
                        complianceLeadEmail: string;
                        complianceLeadName: string;
                        /** @description cycle, audit areas, Statement of Applicability, audit types and methods, resources, team-selection criteria (5.2–5.4) */
                        content: {
                            [key: string]: unknown;
                        } | null;
                        createdAt: string;
                        /** @description frequency of audits by risk, window length, launch lead time */
                        cycleSettings: {
                            [key: string]: unknown;
                        } | null;
                        description: string | null;
                        extent: string | null;
                        /** Format: uuid */
                        id: string;
                        managerEmail: string;
                        managerName: string;
                        name: string;
                        objectives: string[];
                        risks: {
                            description: string;
                            treatment: string;
                        }[];
                        /** @description per-programme overrides of the audit settings (durations as ISO 8601 such as P14D, or as "N working days" counted on the working calendar in workingCalendar) */
                        settings: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description draft: this version awaits the audit client's approval
                         * @enum {string}
                         */
                        status: "draft" | "approved";
                        updatedAt: string;
                        /** @description each change is a new version, approved again by the audit client */
                        version: number;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    ProgrammeCyclesController_coverage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clauses: {
                            /** @description windows whose finished audit audited it */
                            auditedIn: string[];
                            id: string;
                            /** @description planned windows covering it */
                            plannedIn: string[];
                            /**
                             * @description audited by a finished audit of the cycle; planned in a window still to come or under way; a gap the rest of the cycle leaves open
                             * @enum {string}
                             */
                            status: "audited" | "planned" | "gap";
                        }[];
                        controls: {
                            /** @description windows whose finished audit audited it */
                            auditedIn: string[];
                            id: string;
                            /** @description planned windows covering it */
                            plannedIn: string[];
                            /**
                             * @description audited by a finished audit of the cycle; planned in a window still to come or under way; a gap the rest of the cycle leaves open
                             * @enum {string}
                             */
                            status: "audited" | "planned" | "gap";
                        }[];
                        gaps: {
                            /** @description ISO/IEC 27001:2022 clauses, e.g. 9.2 */
                            clauses: string[];
                            /** @description Annex A controls, e.g. A.8.24 */
                            controls: string[];
                        };
                        /** @description applicable items audited, of all the cycle must cover (0–100) */
                        percentOfCycle: number;
                        /** @description applicable items audited, of those the plan covers (0–100) */
                        percentOfPlan: number;
                        /** Format: uuid */
                        programmeId: string;
                        /** @enum {string} */
                        status: "running" | "completed";
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    ProgrammeCyclesController_cycle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gaps: {
                            decision?: string;
                            items: {
                                /** @description ISO/IEC 27001:2022 clauses, e.g. 9.2 */
                                clauses: string[];
                                /** @description Annex A controls, e.g. A.8.24 */
                                controls: string[];
                            };
                            raisedAt: string;
                            taskId: string;
                        }[];
                        nextReviewAt: string;
                        plan: {
                            cycle: {
                                end: string;
                                start: string;
                            };
                            lastWindowNumber: number;
                            /** @description applicable items no audit area owns: no plan can cover them until an area does */
                            uncovered: {
                                /** @description ISO/IEC 27001:2022 clauses, e.g. 9.2 */
                                clauses: string[];
                                /** @description Annex A controls, e.g. A.8.24 */
                                controls: string[];
                            };
                            windows: {
                                areaIds: string[];
                                closesAt: string;
                                covers: {
                                    /** @description ISO/IEC 27001:2022 clauses, e.g. 9.2 */
                                    clauses: string[];
                                    /** @description Annex A controls, e.g. A.8.24 */
                                    controls: string[];
                                };
                                id: string;
                                opensAt: string;
                                skipReason?: string;
                                /** @enum {string} */
                                status: "planned" | "skipped";
                            }[];
                        };
                        /** Format: uuid */
                        programmeId: string;
                        /** @description the approved version the cycle runs on */
                        programmeVersion: number;
                        reviews: {
                            auditorDevelopment?: string;
                            decisions?: string[];
                            /** @description the monitoring figures (GET /programmes/{id}/kpis) when the review was recorded */
                            kpis?: {
                                [key: string]: unknown;
                            };
                            lessonsLearned?: string[];
                            openedAt: string;
                            recordedAt?: string;
                            recordedBy?: string;
                            riskTreatmentEffectiveness?: string;
                            taskId: string;
                        }[];
                        /** @enum {string} */
                        status: "running" | "completed";
                        updatedAt: string;
                        /** @description the windows something happened in: a launch task, an audit, a miss */
                        windows: {
                            auditId?: string;
                            launchedAt?: string;
                            launchTaskId?: string;
                            /** @description the window closed with neither a launch nor a skip */
                            missedAt?: string;
                            outcome?: {
                                audited: {
                                    /** @description ISO/IEC 27001:2022 clauses, e.g. 9.2 */
                                    clauses: string[];
                                    /** @description Annex A controls, e.g. A.8.24 */
                                    controls: string[];
                                };
                                finishedAt: string;
                                phase: string;
                            };
                            windowId: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    ProgrammeCyclesController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gaps: {
                            decision?: string;
                            items: {
                                /** @description ISO/IEC 27001:2022 clauses, e.g. 9.2 */
                                clauses: string[];
                                /** @description Annex A controls, e.g. A.8.24 */
                                controls: string[];
                            };
                            raisedAt: string;
                            taskId: string;
                        }[];
                        nextReviewAt: string;
                        plan: {
                            cycle: {
                                end: string;
                                start: string;
                            };
                            lastWindowNumber: number;
                            /** @description applicable items no audit area owns: no plan can cover them until an area does */
                            uncovered: {
                                /** @description ISO/IEC 27001:2022 clauses, e.g. 9.2 */
                                clauses: string[];
                                /** @description Annex A controls, e.g. A.8.24 */
                                controls: string[];
                            };
                            windows: {
                                areaIds: string[];
                                closesAt: string;
                                covers: {
                                    /** @description ISO/IEC 27001:2022 clauses, e.g. 9.2 */
                                    clauses: string[];
                                    /** @description Annex A controls, e.g. A.8.24 */
                                    controls: string[];
                                };
                                id: string;
                                opensAt: string;
                                skipReason?: string;
                                /** @enum {string} */
                                status: "planned" | "skipped";
                            }[];
                        };
                        /** Format: uuid */
                        programmeId: string;
                        /** @description the approved version the cycle runs on */
                        programmeVersion: number;
                        reviews: {
                            auditorDevelopment?: string;
                            decisions?: string[];
                            /** @description the monitoring figures (GET /programmes/{id}/kpis) when the review was recorded */
                            kpis?: {
                                [key: string]: unknown;
                            };
                            lessonsLearned?: string[];
                            openedAt: string;
                            recordedAt?: string;
                            recordedBy?: string;
                            riskTreatmentEffectiveness?: string;
                            taskId: string;
                        }[];
                        /** @enum {string} */
                        status: "running" | "completed";
                        updatedAt: string;
                        /** @description the windows something happened in: a launch task, an audit, a miss */
                        windows: {
                            auditId?: string;
                            launchedAt?: string;
                            launchTaskId?: string;
                            /** @description the window closed with neither a launch nor a skip */
                            missedAt?: string;
                            outcome?: {
                                audited: {
                                    /** @description ISO/IEC 27001:2022 clauses, e.g. 9.2 */
                                    clauses: string[];
                                    /** @description Annex A controls, e.g. A.8.24 */
                                    controls: string[];
                                };
                                finishedAt: string;
                                phase: string;
                            };
                            windowId: string;
                        }[];
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    ProgrammesController_proposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        coverage: {
                            clauses: {
                                id: string;
                                windowIds: string[];
                            }[];
                            controls: {
                                id: string;
                                windowIds: string[];
                            }[];
                        };
                        plan: {
                            cycle: {
                                end: string;
                                start: string;
                            };
                            lastWindowNumber: number;
                            /** @description applicable items no audit area owns: no plan can cover them until an area does */
                            uncovered: {
                                /** @description ISO/IEC 27001:2022 clauses, e.g. 9.2 */
                                clauses: string[];
                                /** @description Annex A controls, e.g. A.8.24 */
                                controls: string[];
                            };
                            windows: {
                                areaIds: string[];
                                closesAt: string;
                                covers: {
                                    /** @description ISO/IEC 27001:2022 clauses, e.g. 9.2 */
                                    clauses: string[];
                                    /** @description Annex A controls, e.g. A.8.24 */
                                    controls: string[];
                                };
                                id: string;
                                opensAt: string;
                                skipReason?: string;
                                /** @enum {string} */
                                status: "planned" | "skipped";
                            }[];
                        };
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    ProgrammeCyclesController_decideGap: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description how the gap is closed: an extra audit, a merged window, an accepted risk */
                    decision: string;
                    taskId: string;
                };
            };
        };
        responses: {
            /** @description the cycle status after the step and what it recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            subjectId?: string;
                            summary: string;
                            type: string;
                        }[];
                        /** Format: uuid */
                        programmeId: string;
                        /** @enum {string} */
                        status: "running" | "completed";
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgrammeCyclesController_merge: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    windowIds: string[];
                };
            };
        };
        responses: {
            /** @description the cycle status after the step and what it recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            subjectId?: string;
                            summary: string;
                            type: string;
                        }[];
                        /** Format: uuid */
                        programmeId: string;
                        /** @enum {string} */
                        status: "running" | "completed";
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgrammeCyclesController_respondToKpi: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description what the programme manager does about the threshold crossed */
                    response: string;
                    taskId: string;
                };
            };
        };
        responses: {
            /** @description the cycle status after the step and what it recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            subjectId?: string;
                            summary: string;
                            type: string;
                        }[];
                        /** Format: uuid */
                        programmeId: string;
                        /** @enum {string} */
                        status: "running" | "completed";
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgrammeCyclesController_review: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description how the auditors developed, and what they need */
                    auditorDevelopment: string;
                    /**
                     * @description decisions of the review; a change they need is made as a new programme version
                     * @default []
                     */
                    decisions?: string[];
                    /**
                     * @description from the completed audits (6.6)
                     * @default []
                     */
                    lessonsLearned?: string[];
                    /** @description how well the programme's treatments of its own risks and opportunities worked */
                    riskTreatmentEffectiveness: string;
                    taskId: string;
                };
            };
        };
        responses: {
            /** @description the cycle status after the step and what it recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            subjectId?: string;
                            summary: string;
                            type: string;
                        }[];
                        /** Format: uuid */
                        programmeId: string;
                        /** @enum {string} */
                        status: "running" | "completed";
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgrammeCyclesController_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actor?: string;
                        data?: {
                            [key: string]: unknown;
                        };
                        occurredAt: string;
                        seq: number;
                        subjectId?: string;
                        summary: string;
                        /** @description cycle.started, window.launched, window.skipped, window.missed, window.audit-finished, coverage.gap, review.due, task.opened, task.escalated, cycle.completed … */
                        type: string;
                    }[];
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    ProgrammeCyclesController_launch: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                windowId: string;
            };
            cookie?: never;
        };
        /** @description as POST /audits; programmeId may be left out (it is the path's) */
        requestBody: {
            content: {
                "application/json": {
                    auditee: {
                        manager: {
                            /** Format: email */
                            email: string;
                            name: string;
                        };
                        representative: {
                            /** Format: email */
                            email: string;
                            name: string;
                        };
                        unit: string;
                    };
                    criteria: string[];
                    /** @description the programme manager's justification of gaps the team check found */
                    gapJustification?: {
                        /** @description why the team leader leads although the pool does not record them as qualified */
                        leaderNotQualified?: string;
                        /** @description why the audit goes ahead although no member covers some ISMS competence areas */
                        missingCompetence?: string;
                        /** @description why members whose competence the pool does not record are on the team */
                        outsidePool?: string;
                    };
                    /** @enum {string} */
                    method: "on-site" | "remote" | "blended";
                    objectives: string[];
                    /** Format: date-time */
                    plannedEnd: string;
                    /** Format: date-time */
                    plannedStart: string;
                    /** Format: uuid */
                    programmeId: string;
                    scope: {
                        period?: string;
                        /** @default [] */
                        processes?: string[];
                        /** @default [] */
                        sites?: string[];
                        units: string[];
                    };
                    team: {
                        /** Format: email */
                        email: string;
                        name: string;
                        /** @description declared conflicts: work this member designed or operated */
                        ownWork?: {
                            /** Format: date */
                            from: string;
                            note?: string;
                            /** @description the unit, process, site or control (e.g. A.8.15) the person designed or operated */
                            subject: string;
                            /**
                             * Format: date
                             * @description omitted while the person still does this work
                             */
                            to?: string;
                        }[];
                        /** @enum {string} */
                        role: "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer";
                        unit?: string;
                    }[];
                    title: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        phase: "initiating" | "preparing" | "conducting" | "reporting" | "completing" | "following-up" | "closed" | "cancelled";
                        teamCheck: {
                            covered: string[];
                            independenceConflicts: string[];
                            leaderQualified: boolean;
                            missing: string[];
                            unknown: string[];
                        };
                        windowId: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    ProgrammeCyclesController_move: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                windowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    opensAt: string;
                };
            };
        };
        responses: {
            /** @description the cycle status after the step and what it recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            subjectId?: string;
                            summary: string;
                            type: string;
                        }[];
                        /** Format: uuid */
                        programmeId: string;
                        /** @enum {string} */
                        status: "running" | "completed";
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgrammeCyclesController_skip: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                windowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description why the window is skipped (kept on the plan and the timeline) */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the cycle status after the step and what it recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            subjectId?: string;
                            summary: string;
                            type: string;
                        }[];
                        /** Format: uuid */
                        programmeId: string;
                        /** @enum {string} */
                        status: "running" | "completed";
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgrammeCyclesController_split: {
        parameters: {
            query?: never;
            header?: {
                /** @description any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                windowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    parts: {
                        /** @default [] */
                        clauses?: string[];
                        /** @default [] */
                        controls?: string[];
                    }[];
                };
            };
        };
        responses: {
            /** @description the cycle status after the step and what it recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            subjectId?: string;
                            summary: string;
                            type: string;
                        }[];
                        /** Format: uuid */
                        programmeId: string;
                        /** @enum {string} */
                        status: "running" | "completed";
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgrammeCyclesController_teamProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                windowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        covered: string[];
                        /** @description auditors of the pool who may not or cannot be on this team */
                        excluded: {
                            detail: string;
                            email: string;
                            /** @enum {string} */
                            reason: "own-unit" | "own-work" | "unavailable";
                        }[];
                        /** @description the least busy eligible auditor qualified to lead; null when the pool has none (the launch then needs a justification) */
                        leader: {
                            competences: string[];
                            email: string;
                            name: string;
                            unit: string | null;
                            /** @description audits the auditor was already on in the audit window, before this proposal */
                            workload: number;
                        } | null;
                        /** @description the other members, in the order the cover chose them */
                        members: {
                            competences: string[];
                            email: string;
                            name: string;
                            unit: string | null;
                            /** @description audits the auditor was already on in the audit window, before this proposal */
                            workload: number;
                        }[];
                        /** @description competence areas the proposed team does not cover: launching needs gapJustification.missingCompetence */
                        missing: string[];
                        /** @description each pool auditor's audits in the window once this team is assigned */
                        workloadAfter: {
                            [key: string]: number;
                        };
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    ProgrammesController_kpis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the programme's resources (5.4); what audits use is not recorded yet */
                        auditorDays: {
                            budget: {
                                amount: number;
                                currency: string;
                            } | null;
                            /** @description the programme's resources: auditor days per year */
                            plannedPerYear: number | null;
                            /**
                             * @description always null: the read model does not record the days auditors spend
                             * @enum {string|null}
                             */
                            used: null;
                        };
                        /** @description the programme's audits in any phase */
                        audits: number;
                        correctiveActionClosure: {
                            /** @description closed corrective actions: from the follow-up opening to its closing (one awaiting a scheduled re-check is not closed yet) */
                            byGrade: {
                                /** @description days, rounded to 0.01; percentiles interpolate linearly between the closest ranks (PostgreSQL percentile_cont); null when count is 0 */
                                "major-nonconformity": {
                                    count: number;
                                    mean: number | null;
                                    p50: number | null;
                                    p90: number | null;
                                };
                                /** @description days, rounded to 0.01; percentiles interpolate linearly between the closest ranks (PostgreSQL percentile_cont); null when count is 0 */
                                "minor-nonconformity": {
                                    count: number;
                                    mean: number | null;
                                    p50: number | null;
                                    p90: number | null;
                                };
                            };
                            /** @description corrective actions not closed */
                            open: number;
                            /** @description open corrective actions with a task of their follow-up past its current due date now */
                            overdue: number;
                        };
                        /** @description applicable clauses and controls audited in the programme's cycle, as a share (%) of those its plan covers and of all it must cover; null before the cycle starts (GET /programmes/{id}/coverage has each item) */
                        coverage: {
                            percentOfCycle: number;
                            percentOfPlan: number;
                        } | null;
                        /** @description escalations of overdue tasks recorded on the timelines */
                        escalations: {
                            byRung: {
                                count: number;
                                /** @description 1 = the first rung of the escalation ladder */
                                rung: number;
                            }[];
                            total: number;
                        };
                        /** @description findings at their current grade, without those withdrawn by the resolution of a dispute */
                        findings: {
                            /** @description most findings first */
                            byCriterion: {
                                byGrade: {
                                    conformity: number;
                                    "good-practice": number;
                                    "major-nonconformity": number;
                                    "minor-nonconformity": number;
                                    observation: number;
                                    "opportunity-for-improvement": number;
                                };
                                /** @description ISO/IEC 27001 clause or Annex A control */
                                criterion: string;
                                total: number;
                            }[];
                            byGrade: {
                                conformity: number;
                                "good-practice": number;
                                "major-nonconformity": number;
                                "minor-nonconformity": number;
                                observation: number;
                                "opportunity-for-improvement": number;
                            };
                            total: number;
                        };
                        /** @description from the closing meeting held to the first report version issued, over the audits with both */
                        reportLeadTimeDays: {
                            count: number;
                            mean: number | null;
                            p50: number | null;
                            p90: number | null;
                        };
                        /** @description audits completed (6.6) and closed (every follow-up closed), and how many of each by the audit's planned end */
                        schedule: {
                            closed: number;
                            closedByPlannedEnd: number;
                            completed: number;
                            completedByPlannedEnd: number;
                        };
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    ProgrammeCyclesController_tasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignee: string;
                        closedAt?: string;
                        createdAt: string;
                        dueAt: string;
                        escalationLevel: number;
                        id: string;
                        /** @enum {string} */
                        kind: "acknowledge-contact" | "resolve-objection" | "decide-feasibility" | "decide-alternative" | "supply-documents" | "review-documents" | "issue-plan" | "answer-plan" | "attend-meeting" | "respond-to-finding" | "review-report" | "approve-report" | "issue-report" | "complete-audit" | "decide-extension" | "submit-action-plan" | "review-action-plan" | "deliver-implementation-evidence" | "verify-effectiveness" | "confirm-evidence" | "launch-audit" | "close-coverage-gap" | "review-programme" | "act-on-kpi";
                        overdue: boolean;
                        /** @enum {string} */
                        state: "open" | "overdue" | "done" | "cancelled";
                        /** @description the window a launch task is for */
                        subjectId?: string;
                        title: string;
                    }[];
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    ProgrammesController_timeline: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            changedBy: {
                                email: string;
                                /** @description the person's directory id */
                                personId: string;
                            };
                            /** @description each field the change set or changed, named as in the programme */
                            changes: {
                                [key: string]: {
                                    /** @description the value after the change */
                                    after: unknown;
                                    /** @description the value before the change; absent when there was none (a new programme, auditor or evaluation) */
                                    before?: unknown;
                                };
                            };
                            id: number;
                            /** @description what was said with the change (the approval note) */
                            note?: string;
                            /** @description ISO 8601 timestamp of the change's transaction (the changed record's updatedAt then) */
                            occurredAt: string;
                            programmeId: string;
                            /** @enum {string} */
                            type: "programme.established" | "programme.changed" | "programme.approved";
                        }[];
                        limit: number;
                        offset: number;
                        total: number;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
    PeopleController_securityEvents: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                personId?: string;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            byPersonId?: string;
                            detail: {
                                [key: string]: unknown;
                            };
                            email?: string;
                            id: number;
                            ip?: string;
                            occurredAt: string;
                            /** Format: uuid */
                            personId?: string;
                            type: string;
                        }[];
                        limit: number;
                        offset: number;
                        total: number;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TasksController_list: {
        parameters: {
            query?: {
                assignee?: string;
                auditId?: string;
                limit?: number;
                offset?: number;
                /** @description true: active and past due now; false: everything else */
                overdue?: "true" | "false";
                programmeId?: string;
                /** @description comma-separated: open, overdue, done, cancelled */
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            assignee: string;
                            auditeeUnit: string;
                            auditId: string;
                            /** @enum {string} */
                            auditPhase: "initiating" | "preparing" | "conducting" | "reporting" | "completing" | "following-up" | "closed" | "cancelled";
                            auditTitle: string;
                            /** @description ISO 8601 timestamp */
                            closedAt?: string;
                            /** @description ISO 8601 timestamp */
                            createdAt: string;
                            /** @description ISO 8601 timestamp */
                            dueAt: string;
                            dueVersion: number;
                            /** @description escalation rungs fired for the current due date */
                            escalationLevel: number;
                            extension?: {
                                /** @description the task opened for whoever decides */
                                decisionTaskId: string;
                                reason: string;
                                /** @description ISO 8601 timestamp */
                                requestedAt: string;
                                requestedBy: string;
                                /** @description ISO 8601 timestamp */
                                requestedDueAt: string;
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "acknowledge-contact" | "resolve-objection" | "decide-feasibility" | "decide-alternative" | "supply-documents" | "review-documents" | "issue-plan" | "answer-plan" | "attend-meeting" | "respond-to-finding" | "review-report" | "approve-report" | "issue-report" | "complete-audit" | "decide-extension" | "submit-action-plan" | "review-action-plan" | "deliver-implementation-evidence" | "verify-effectiveness" | "confirm-evidence" | "launch-audit" | "close-coverage-gap" | "review-programme" | "act-on-kpi";
                            /** @description active and past its due date at the moment of the query */
                            overdue: boolean;
                            programmeId: string;
                            /** @description whose task it was before its last reassignment */
                            reassignedFrom?: string;
                            /** @description reminder mails sent for this task, over all its due dates */
                            remindersSent: number;
                            /** @enum {string} */
                            role: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
                            /** @enum {string} */
                            state: "open" | "overdue" | "done" | "cancelled";
                            /** @description what the task is about: a finding, document request, meeting, report version or another task */
                            subjectId?: string;
                            title: string;
                            /** @description ISO 8601 timestamp */
                            updatedAt: string;
                            /** @description the audit's workflow, or the corrective action's for its tasks */
                            workflowId: string;
                        }[];
                        limit: number;
                        offset: number;
                        total: number;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TasksController_overdue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one entry per compliance lead with their overdue items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        complianceLead: {
                            email: string;
                            name: string;
                        };
                        tasks: {
                            assignee: string;
                            auditeeUnit: string;
                            auditId: string;
                            /** @enum {string} */
                            auditPhase: "initiating" | "preparing" | "conducting" | "reporting" | "completing" | "following-up" | "closed" | "cancelled";
                            auditTitle: string;
                            /** @description ISO 8601 timestamp */
                            closedAt?: string;
                            /** @description ISO 8601 timestamp */
                            createdAt: string;
                            /** @description ISO 8601 timestamp */
                            dueAt: string;
                            dueVersion: number;
                            /** @description escalation rungs fired for the current due date */
                            escalationLevel: number;
                            extension?: {
                                /** @description the task opened for whoever decides */
                                decisionTaskId: string;
                                reason: string;
                                /** @description ISO 8601 timestamp */
                                requestedAt: string;
                                requestedBy: string;
                                /** @description ISO 8601 timestamp */
                                requestedDueAt: string;
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "acknowledge-contact" | "resolve-objection" | "decide-feasibility" | "decide-alternative" | "supply-documents" | "review-documents" | "issue-plan" | "answer-plan" | "attend-meeting" | "respond-to-finding" | "review-report" | "approve-report" | "issue-report" | "complete-audit" | "decide-extension" | "submit-action-plan" | "review-action-plan" | "deliver-implementation-evidence" | "verify-effectiveness" | "confirm-evidence" | "launch-audit" | "close-coverage-gap" | "review-programme" | "act-on-kpi";
                            /** @description active and past its due date at the moment of the query */
                            overdue: boolean;
                            programmeId: string;
                            /** @description whose task it was before its last reassignment */
                            reassignedFrom?: string;
                            /** @description reminder mails sent for this task, over all its due dates */
                            remindersSent: number;
                            /** @enum {string} */
                            role: "programme-manager" | "team-leader" | "auditor" | "auditor-in-training" | "technical-expert" | "observer" | "auditee-representative" | "auditee-manager" | "compliance-lead";
                            /** @enum {string} */
                            state: "open" | "overdue" | "done" | "cancelled";
                            /** @description what the task is about: a finding, document request, meeting, report version or another task */
                            subjectId?: string;
                            title: string;
                            /** @description ISO 8601 timestamp */
                            updatedAt: string;
                            /** @description the audit's workflow, or the corrective action's for its tasks */
                            workflowId: string;
                        }[];
                    }[];
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ApiTokensController_list: {
        parameters: {
            query?: {
                /** @description an admin: the tokens of this person */
                personId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        expiresAt: string;
                        /** Format: uuid */
                        id: string;
                        lastUsedAt?: string;
                        name: string;
                        /** Format: uuid */
                        personId: string;
                        /** @description the first characters, to recognise it */
                        prefix: string;
                        revokedAt?: string;
                        /** @enum {string} */
                        scope: "read" | "act";
                    }[];
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ApiTokensController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description lifetime as an ISO 8601 duration; default API_TOKEN_DEFAULT_LIFETIME */
                    expiresIn?: string;
                    /** @description what the token is for, e.g. "nightly export" */
                    name: string;
                    /**
                     * @description read: GET only; act: may also take steps
                     * @enum {string}
                     */
                    scope: "read" | "act";
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        expiresAt: string;
                        /** Format: uuid */
                        id: string;
                        lastUsedAt?: string;
                        name: string;
                        /** Format: uuid */
                        personId: string;
                        /** @description the first characters, to recognise it */
                        prefix: string;
                        revokedAt?: string;
                        /** @enum {string} */
                        scope: "read" | "act";
                        /** @description the token itself: shown this once, never again */
                        token: string;
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ApiTokensController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        expiresAt: string;
                        /** Format: uuid */
                        id: string;
                        lastUsedAt?: string;
                        name: string;
                        /** Format: uuid */
                        personId: string;
                        /** @description the first characters, to recognise it */
                        prefix: string;
                        revokedAt?: string;
                        /** @enum {string} */
                        scope: "read" | "act";
                    };
                };
            };
            /** @description not signed in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        /** @description what is wrong, naming the field and the rule, or why the action is not allowed now */
                        message: string;
                        statusCode: number;
                        violations?: {
                            field?: string;
                            message?: string;
                            rule?: string;
                        }[];
                    };
                };
            };
        };
    };
}
