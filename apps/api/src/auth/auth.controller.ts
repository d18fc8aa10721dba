import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiCookieAuth, ApiGoneResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { email, safeReturnTo, shortText } from '@auditflow/domain';
import { openApiSchema } from '../common/openapi-schema';
import { ZodPipe } from '../common/zod-pipe';
import { CurrentPrincipal, Public, SignInStep } from './decorators';
import { FirstAdminService } from './first-admin.service';
import { IdentityProviderService } from './identity-provider.service';
import { linkConfirmPage, setupPage, signInPage } from './pages';
import { AuthenticatedRequest, Principal } from './principal';
import { SessionService } from './session.service';
import { LINK_REQUESTED_MESSAGE, SignInLinksService } from './sign-in-links.service';
import { SSO_ROUND_TRIP_MS, SsoService } from './sso.service';

const secretToken = z.string().min(20).max(200);
const linkRequestSchema = z.object({ email, returnTo: z.string().max(2000).optional() });
const linkUseSchema = z.object({ token: secretToken });
const setupSchema = z.object({ token: secretToken, email, name: shortText });
const sessionSchema = z.object({
  person: z.object({ id: z.uuid(), email: z.string(), name: z.string(), roles: z.array(z.string()) }),
  via: z.enum(['sso', 'link', 'token']),
  csrfToken: z.string().optional().describe('send it as x-csrf-token with every change made with the session cookie'),
});
const linkSessionSchema = sessionSchema.extend({ returnTo: z.string().describe('where the link was asked for from: the page to go on to') });

/** Pages for browsers: the answer is HTML. */
const HTML_PAGE = { 'text/html': { schema: { type: 'string' } } };
const ApiRedirect = (status: number, description: string) => ApiResponse({ status, description, headers: { Location: { description: 'where the browser goes next', schema: { type: 'string' } } } });

const isForm = (request: Request) => Boolean(request.is('application/x-www-form-urlencoded'));

@ApiTags('sign-in')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionService,
    private readonly links: SignInLinksService,
    private readonly sso: SsoService,
    private readonly identityProvider: IdentityProviderService,
    private readonly firstAdmin: FirstAdminService,
  ) {}

  @Public()
  @Get('sign-in')
  @ApiOperation({ summary: 'The sign-in page (single sign-on or an e-mail link); a signed-in browser goes straight on to returnTo' })
  @ApiOkResponse({ description: 'the sign-in page', content: HTML_PAGE })
  @ApiRedirect(303, 'already signed in: on to returnTo')
  signInPage(@Req() request: AuthenticatedRequest, @Res() response: Response, @Query('returnTo') returnTo?: string) {
    const target = safeReturnTo(returnTo);
    if (request.principal?.session) return response.redirect(303, target);
    return response.type('html').send(signInPage({ returnTo: target, ssoAvailable: this.identityProvider.configured }));
  }

  @Get('session')
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Who is signed in, how, and the CSRF token for changes made with the session cookie' })
  @ApiOkResponse({ schema: openApiSchema(sessionSchema) })
  session(@CurrentPrincipal() principal: Principal) {
    const { personId: id, email: address, name, roles, via, session } = principal;
    return { person: { id, email: address, name, roles }, via, ...(session ? { csrfToken: session.csrfToken } : {}) };
  }

  @Public()
  @Get('sso/start')
  @ApiOperation({ summary: 'Starts single sign-on: redirects to the identity provider (authorization code flow with PKCE)' })
  @ApiRedirect(302, 'to the identity provider')
  async ssoStart(@Res() response: Response, @Query('returnTo') returnTo?: string) {
    const { authorizationUrl, state } = await this.sso.start(safeReturnTo(returnTo));
    this.sessions.cookies.set(response, this.sessions.cookies.ssoName, state, SSO_ROUND_TRIP_MS / 1000);
    return response.redirect(302, authorizationUrl);
  }

  @SignInStep()
  @Get('sso/callback')
  @ApiOperation({ summary: 'Where the identity provider returns: checks the answer, starts a session, goes on to returnTo' })
  @ApiRedirect(303, 'signed in: on to returnTo')
  async ssoCallback(@Req() request: Request, @Res() response: Response) {
    const state = this.sessions.cookies.read(request, this.sessions.cookies.ssoName);
    this.sessions.cookies.clear(response, this.sessions.cookies.ssoName);
    const { person, returnTo } = await this.sso.finish(request, state);
    await this.sessions.start(request, response, person, 'sso');
    return response.redirect(303, safeReturnTo(returnTo));
  }

  @SignInStep()
  @Post('sign-in-link')
  @HttpCode(202)
  @ApiOperation({ summary: 'Mails a single-use sign-in link; the answer is the same whether or not the address is known' })
  @ApiBody({ schema: openApiSchema(linkRequestSchema) })
  @ApiAcceptedResponse({ description: 'the same answer for every well-formed address', schema: openApiSchema(z.object({ message: z.string() })) })
  @ApiOkResponse({ description: 'a form post: the sign-in page, saying that a link is on its way', content: HTML_PAGE })
  @ApiTooManyRequestsResponse({ description: 'too many links asked for this address or from this client' })
  async requestLink(@Req() request: Request, @Res() response: Response, @Body(new ZodPipe(linkRequestSchema)) body: z.output<typeof linkRequestSchema>) {
    await this.links.request(request, body.email, safeReturnTo(body.returnTo));
    if (isForm(request)) return response.status(200).type('html').send(signInPage({ returnTo: safeReturnTo(body.returnTo), ssoAvailable: this.identityProvider.configured, message: LINK_REQUESTED_MESSAGE }));
    return response.status(202).json({ message: LINK_REQUESTED_MESSAGE });
  }

  @Public()
  @Get('link')
  @ApiOperation({ summary: 'The page a sign-in link opens: one button that uses the link (opening it does not)' })
  @ApiOkResponse({ description: 'the page with the button that uses the link', content: HTML_PAGE })
  @ApiGoneResponse({ description: 'the link was used, has expired or never existed: a page that says so', content: HTML_PAGE })
  async linkPage(@Res() response: Response, @Query('token') token?: string) {
    const usable = typeof token === 'string' && secretToken.safeParse(token).success && (await this.links.isUsable(token));
    return response.status(usable ? 200 : 410).type('html').send(linkConfirmPage(token ?? '', usable));
  }

  @SignInStep()
  @Post('link')
  @ApiOperation({ summary: 'Uses a sign-in link once and starts a session (a form post redirects to returnTo; JSON answers with the session)' })
  @ApiBody({ schema: openApiSchema(linkUseSchema) })
  @ApiOkResponse({ description: 'signed in (JSON request)', schema: openApiSchema(linkSessionSchema) })
  @ApiRedirect(303, 'signed in (form post): on to returnTo')
  async useLink(@Req() request: Request, @Res() response: Response, @Body(new ZodPipe(linkUseSchema)) body: z.output<typeof linkUseSchema>) {
    const { person, returnTo } = await this.links.consume(request, body.token);
    const { csrfToken } = await this.sessions.start(request, response, person, 'link');
    if (isForm(request)) return response.redirect(303, safeReturnTo(returnTo));
    return response.status(200).json({ person: { id: person.id, email: person.email, name: person.name, roles: person.roles }, via: 'link', csrfToken, returnTo: safeReturnTo(returnTo) });
  }

  @Post('sign-out')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Ends this session at once' })
  @ApiNoContentResponse({ description: 'signed out' })
  async signOut(@Req() request: Request, @Res() response: Response, @CurrentPrincipal() principal: Principal) {
    await this.sessions.end(request, response, principal);
    return response.status(204).end();
  }

  @Public()
  @Get('setup')
  @ApiOperation({ summary: 'The one-time setup page for the first admin (its link is printed at start on an empty directory)' })
  @ApiOkResponse({ description: 'the setup page', content: HTML_PAGE })
  setupPage(@Res() response: Response, @Query('token') token?: string) {
    return response.type('html').send(setupPage(token ?? ''));
  }

  @SignInStep()
  @Post('setup')
  @ApiOperation({ summary: 'Uses the setup link: the named person becomes the first admin and is signed in' })
  @ApiBody({ schema: openApiSchema(setupSchema) })
  @ApiOkResponse({ description: 'the first admin, signed in (JSON request)', schema: openApiSchema(sessionSchema) })
  @ApiRedirect(303, 'signed in (form post): on to the web app')
  async setup(@Req() request: Request, @Res() response: Response, @Body(new ZodPipe(setupSchema)) body: z.output<typeof setupSchema>) {
    const person = await this.firstAdmin.complete(request, body.token, body.email, body.name);
    const { csrfToken } = await this.sessions.start(request, response, person, 'link');
    if (isForm(request)) return response.redirect(303, safeReturnTo(undefined));
    return response.status(200).json({ person: { id: person.id, email: person.email, name: person.name, roles: person.roles }, via: 'link', csrfToken });
  }
}
