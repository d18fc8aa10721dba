// Shared HTML chrome, registered as Handlebars partials. Inline styles and tables because mail clients ignore
// <style> blocks and modern layout; one column, readable on a phone.

/** Wraps a kind's HTML body (`{{#> layout}}...{{/layout}}`): heading, body, the call-to-action link, footer. */
export const LAYOUT_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{subject}}</title>
</head>
<body style="margin:0;padding:0;background:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border:1px solid #e5e7eb;border-radius:6px;font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#111827;">
<tr><td style="padding:16px 28px;border-bottom:1px solid #e5e7eb;font-size:13px;color:#6b7280;">Auditflow{{#if auditTitle}} &middot; {{auditTitle}}{{/if}}</td></tr>
<tr><td style="padding:24px 28px;font-size:15px;line-height:1.5;">
<h1 style="margin:0 0 16px;font-size:19px;line-height:1.3;">{{subject}}</h1>
{{> @partial-block}}
<p style="margin:28px 0 8px;"><a href="{{link}}" style="display:inline-block;padding:10px 18px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;">{{linkLabel}}</a></p>
<p style="margin:0;font-size:12px;color:#6b7280;">If the button does not work, open <a href="{{link}}" style="color:#1d4ed8;">{{link}}</a></p>
</td></tr>
<tr><td style="padding:14px 28px;border-top:1px solid #e5e7eb;font-size:12px;color:#6b7280;">You receive this message because of your role in an ISMS audit managed with Auditflow.</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

/** One labelled line inside `{{#> facts}}`: `{{> fact label="Due" value=(readableUtc dueAt)}}`. */
export const FACT_HTML = `<tr><th align="left" valign="top" style="padding:4px 16px 4px 0;font-weight:600;white-space:nowrap;color:#374151;">{{label}}</th><td style="padding:4px 0;">{{value}}</td></tr>
`;

/** The table of labelled facts (`{{#> facts}}...{{/facts}}`), so every kind lays them out the same way. */
export const FACTS_HTML = `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 0;font-size:15px;line-height:1.4;">
{{> @partial-block}}
</table>
`;

/** Plain-text counterpart of the layout's link and footer (`{{> textFooter}}`). */
export const TEXT_FOOTER = `{{linkLabel}}: {{link}}

--
You receive this message because of your role in an ISMS audit managed with Auditflow.
`;
