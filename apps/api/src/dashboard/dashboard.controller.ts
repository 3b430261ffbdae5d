import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { ApiKeyService } from '../auth/api-key.service';
import type { Principal } from '../auth/principal';
import { RateLimiter } from '../auth/rate-limiter';
import {
  cookieOf,
  SESSION_SEALER,
  sessionClearCookie,
  sessionCookieName,
  sessionSetCookie,
  type SessionSealer,
} from '../auth/session-cookie';
import { DashboardData, type TenantView } from './dashboard-data';
import { dashboardAsset } from './dashboard-assets';
import { branchesBody } from './view/branches.page';
import { langOf, t, type DashboardLanguage, type Word } from './view/i18n';
import { layout, pageUrl, type DashboardPage } from './view/layout';
import { meetingsBody } from './view/meetings.page';
import { overviewBody } from './view/overview.page';
import { remindersTable } from './view/reminders.page';
import { reportBody } from './view/report.page';
import { signInPage } from './view/sign-in.page';

/** Scripts and styles from this origin only; chart data is inert JSON, never inline script. */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

const TENANT = /^[a-z0-9][a-z0-9_-]{0,39}$/;

type Query = { lang?: string; year?: string };

/**
 * The dashboard: server-rendered pages over the same projections the API reads, for the people
 * who look rather than query. Signing in exchanges an API key for a sealed per-tenant session
 * cookie; every page re-verifies the key, so a revoked key ends the session within seconds.
 */
@ApiExcludeController()
@Public()
@Controller()
export class DashboardController {
  constructor(
    private readonly data: DashboardData,
    private readonly keys: ApiKeyService,
    private readonly limiter: RateLimiter,
    @Inject(SESSION_SEALER) private readonly sessions: SessionSealer,
  ) {}

  @Get()
  root(@Res() reply: FastifyReply) {
    return reply.redirect('/dashboard', 302);
  }

  @Get('dashboard')
  signInForm(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return html(reply, 200, signInPage(langOf(queryOf(request).lang)));
  }

  @Post('dashboard/session')
  @HttpCode(303)
  async signIn(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    // The form as parsed (application/x-www-form-urlencoded); read here, not through the
    // validation pipe, so that a bad try shows the form again rather than a problem document.
    const body = (typeof request.body === 'object' ? request.body : undefined) as Record<string, unknown> | undefined;
    const lang = langOf(body?.lang);
    const key = typeof body?.key === 'string' ? body.key.trim() : '';
    const principal = key ? await this.keys.authenticate(key) : null;
    if (!principal) return html(reply, 401, signInPage(lang, 'wrongKey'));
    if (!this.limiter.allow(principal.keyId)) return html(reply, 429, signInPage(lang, 'rateLimited'));
    void reply.header(
      'set-cookie',
      sessionSetCookie(principal.tenant, this.sessions.seal(principal.tenant, key), { secure: isHttps(request) }),
    );
    return reply.redirect(pageUrl(principal.tenant, '', lang), 303);
  }

  @Post('dashboard/:tenant/logout')
  logout(@Param('tenant') tenant: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    if (TENANT.test(tenant)) void reply.header('set-cookie', sessionClearCookie(tenant, { secure: isHttps(request) }));
    return reply.redirect('/dashboard', 303);
  }

  @Get('dashboard/assets/:name')
  asset(@Param('name') name: string, @Res() reply: FastifyReply) {
    const asset = dashboardAsset(name);
    if (!asset) return reply.status(404).type('text/plain; charset=utf-8').send('not found');
    return reply.header('cache-control', 'public, max-age=3600').type(asset.contentType).send(asset.body);
  }

  @Get('dashboard/:tenant')
  overview(@Param('tenant') tenant: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.page(tenant, 'overview', 'navOverview', request, reply, async (lang, view, year) => {
      return overviewBody({ lang, tenant, today: view.today, view: await this.data.year(tenant, year, view.today) });
    });
  }

  @Get('dashboard/:tenant/branches')
  branches(@Param('tenant') tenant: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.page(tenant, 'branches', 'navBranches', request, reply, async (lang, view) =>
      branchesBody(lang, await this.data.branches(tenant, view.today)),
    );
  }

  @Get('dashboard/:tenant/meetings')
  meetings(@Param('tenant') tenant: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.page(tenant, 'meetings', 'navMeetings', request, reply, async (lang, view, year) => {
      const [meetings, summary] = await Promise.all([this.data.meetings(tenant), this.data.summary(tenant, year)]);
      return meetingsBody(lang, meetings, year, view.today, summary?.indicators);
    });
  }

  @Get('dashboard/:tenant/reminders')
  reminders(@Param('tenant') tenant: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.page(tenant, 'reminders', 'navReminders', request, reply, async (lang) =>
      remindersTable(lang, await this.data.reminders(tenant)),
    );
  }

  @Get('dashboard/:tenant/report')
  report(@Param('tenant') tenant: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.page(tenant, 'report', 'navReport', request, reply, async (lang, _view, year) => reportBody(lang, tenant, year));
  }

  /** A tenant's page: signed in to that tenant, else back to the sign-in form. */
  private async page(
    tenant: string,
    page: DashboardPage,
    title: Word,
    request: FastifyRequest,
    reply: FastifyReply,
    body: (lang: DashboardLanguage, view: TenantView, year: number) => Promise<string>,
  ) {
    const query = queryOf(request);
    const lang = langOf(query.lang);
    const principal = TENANT.test(tenant) ? await this.principalOf(request, tenant) : null;
    if (!principal) return reply.redirect(`/dashboard${lang === 'en' ? '?lang=en' : ''}`, 303);
    if (!this.limiter.allow(principal.keyId)) return html(reply, 429, signInPage(lang, 'rateLimited'));
    const view = await this.data.tenant(tenant);
    const asked = /^(19|20|21)\d{2}$/.test(query.year ?? '') ? Number(query.year) : undefined;
    const year = asked ?? view.years[0] ?? Number(view.today.slice(0, 4));
    const years = view.years.includes(year) ? view.years : [year, ...view.years].sort((a, b) => b - a);
    const content = view.years.length === 0 && page === 'overview' ? `<p>${t(lang, 'noYears')}</p>` : await body(lang, view, year);
    return html(
      reply,
      200,
      layout({ lang, title: `${t(lang, title)} ${year}`, tenant: { id: tenant, name: view.name, page, year, years }, body: content }),
    );
  }

  private async principalOf(request: FastifyRequest, tenant: string): Promise<Principal | null> {
    const sealed = cookieOf(request.headers.cookie, sessionCookieName(tenant));
    const token = sealed === undefined ? undefined : this.sessions.unseal(tenant, sealed);
    if (!token) return null;
    const principal = await this.keys.authenticate(token);
    return principal && principal.tenant === tenant ? principal : null;
  }
}

function html(reply: FastifyReply, status: number, body: string) {
  return reply
    .status(status)
    .header('content-security-policy', CSP)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    .type('text/html; charset=utf-8')
    .send(body);
}

/** ?lang= and ?year=; anything else in the query is ignored, and bad values fall back to defaults. */
function queryOf(request: FastifyRequest): Query {
  const query = (request.query ?? {}) as Record<string, unknown>;
  return { lang: typeof query.lang === 'string' ? query.lang : undefined, year: typeof query.year === 'string' ? query.year : undefined };
}

function isHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}
