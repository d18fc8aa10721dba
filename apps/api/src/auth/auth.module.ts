import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '@auditflow/config';
import { ApiTokensController } from './api-tokens.controller';
import { ApiTokensService } from './api-tokens.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { SIGN_IN_STEP } from './decorators';
import { Authenticator } from './authenticator.service';
import { FirstAdminService } from './first-admin.service';
import { IdentityProviderService } from './identity-provider.service';
import { OrgRolesGuard } from './org-roles.guard';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';
import { SecurityLog } from './security-log.service';
import { SessionService } from './session.service';
import { SignInLinksService } from './sign-in-links.service';
import { SignInMailer } from './sign-in-mailer';
import { SsoService } from './sso.service';

/**
 * Who is asking: sign-in (single sign-on, e-mail links, API tokens), sessions, the people directory and the
 * security record. Its guard runs before every route; only @Public() routes answer without a signed-in person.
 * Sign-in steps (@SignInStep()) are also limited per client IP (SIGN_IN_ATTEMPTS_PER_MINUTE).
 */
@Global()
@Module({
  controllers: [AuthController, ApiTokensController, PeopleController],
  providers: [
    SecurityLog,
    SessionService,
    IdentityProviderService,
    Authenticator,
    SignInMailer,
    SignInLinksService,
    SsoService,
    FirstAdminService,
    ApiTokensService,
    PeopleService,
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: OrgRolesGuard },
  ],
  exports: [FirstAdminService],
})
export class AuthModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        ThrottlerModule.forRoot({
          // One budget per client across all sign-in steps, not one per route.
          throttlers: [{ name: 'sign-in', limit: config.SIGN_IN_ATTEMPTS_PER_MINUTE, ttl: 60_000, generateKey: (_context, tracker, name) => `${name}:${tracker}` }],
          skipIf: (context) => Reflect.getMetadata(SIGN_IN_STEP, context.getHandler()) !== true,
        }),
      ],
    };
  }
}
