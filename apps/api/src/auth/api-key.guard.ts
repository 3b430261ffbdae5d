import type { FastifyReply } from 'fastify';
import { HttpException, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { problem } from '../problem/problem-document';
import { ApiKeyService } from './api-key.service';
import { ADMIN_ONLY, BRANCH_SCOPED, PUBLIC_ROUTE } from './auth.decorators';
import { isOperatorToken, OPERATOR_CREDENTIAL, type OperatorCredential } from './operator-credential';
import type { Principal } from './principal';
import { RateLimiter } from './rate-limiter';
import { cookieOf, SESSION_SEALER, sessionCookieName, type SessionSealer } from './session-cookie';

export type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

interface RouteAuth {
  isPublic: boolean;
  adminOnly: boolean;
  branchScoped: boolean;
}

const deny = (status: number, slug: string, title: string, detail: string) =>
  new HttpException(problem(status, slug, title, detail), status);

/**
 * Every route needs a key unless marked @Public. A key reads and writes only its own tenant
 * (another tenant's routes answer 404, revealing nothing); a reader only reads; a branch
 * officer records only for its own branches; admin-only routes need an admin.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  /** Per controller class, then per handler: a handler may be inherited by controllers decorated differently. */
  private readonly routes = new WeakMap<object, WeakMap<object, RouteAuth>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyService,
    private readonly limiter: RateLimiter,
    @Inject(OPERATOR_CREDENTIAL) private readonly operator: OperatorCredential | null,
    @Inject(SESSION_SEALER) private readonly sessions: SessionSealer,
  ) {}

  /** Synchronous when the key was verified recently (the common case): no promise per request. */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const route = this.routeOf(context);
    if (route.isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const tenant = (request.params as Record<string, string> | undefined)?.tenant;
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? this.sessionToken(request, tenant);
    if (!token) throw deny(401, 'unauthenticated', 'Unauthenticated', 'send an API key as "Authorization: Bearer <key>"');
    if (this.operator && tenant !== undefined && isOperatorToken(this.operator, token)) {
      request.principal = { tenant, keyId: 'operator', role: 'admin', branchIds: [], actor: this.operator.actor };
      return true;
    }
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const cached = this.keys.cached(token);
    if (cached !== undefined) return this.admit(cached, request, reply, tenant, route);
    return this.keys.authenticate(token).then((principal) => this.admit(principal, request, reply, tenant, route));
  }

  /**
   * The key of the tenant's dashboard session, for reads only (downloads linked from the
   * dashboard): a cookie never authorizes a write, so no other page can make the browser record.
   */
  private sessionToken(request: AuthenticatedRequest, tenant: string | undefined): string | undefined {
    if (tenant === undefined || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined;
    const sealed = cookieOf(request.headers.cookie, sessionCookieName(tenant));
    return sealed === undefined ? undefined : this.sessions.unseal(tenant, sealed);
  }

  private admit(
    principal: Principal | null,
    request: AuthenticatedRequest,
    reply: FastifyReply,
    tenant: string | undefined,
    route: RouteAuth,
  ): boolean {
    if (!principal) throw deny(401, 'unauthenticated', 'Unauthenticated', 'the API key is unknown or revoked');
    const { keyId } = principal;
    const allowed = this.limiter.admit(keyId);
    reply.headers(this.limiter.headers(keyId, !allowed));
    if (!allowed) {
      throw deny(
        429,
        'rate-limited',
        'Too many requests',
        `at most ${this.limiter.perSecond} requests per second per key beside one at a time`,
      );
    }
    reply.raw.once('close', () => this.limiter.done(keyId));
    if (tenant !== undefined && tenant !== principal.tenant) {
      throw deny(404, 'not-found', 'Not found', `no organization ${tenant} is visible to this key`);
    }
    this.authorize(principal, request, route);
    request.principal = principal;
    return true;
  }

  /** What a route's decorators say, read once per route rather than on every request. */
  private routeOf(context: ExecutionContext): RouteAuth {
    const handler = context.getHandler();
    const controller = context.getClass();
    let routes = this.routes.get(controller);
    if (routes === undefined) this.routes.set(controller, (routes = new WeakMap()));
    let route = routes.get(handler);
    if (route === undefined) {
      const targets = [handler, controller];
      route = {
        isPublic: this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) ?? false,
        adminOnly: this.reflector.getAllAndOverride<boolean>(ADMIN_ONLY, targets) ?? false,
        branchScoped: this.reflector.getAllAndOverride<boolean>(BRANCH_SCOPED, targets) ?? false,
      };
      routes.set(handler, route);
    }
    return route;
  }

  private authorize(principal: Principal, request: AuthenticatedRequest, route: RouteAuth): void {
    const reading = request.method === 'GET' || request.method === 'HEAD';
    if (route.adminOnly && principal.role !== 'admin') {
      throw deny(403, 'forbidden', 'Forbidden', 'this route needs an admin key');
    }
    if (reading || principal.role === 'admin' || principal.role === 'secretary') return;
    if (principal.role === 'reader') throw deny(403, 'forbidden', 'Forbidden', 'a reader key may only read');
    const scoped = route.branchScoped;
    const branchId = (request.body as { organizer?: { branchId?: unknown } } | undefined)?.organizer?.branchId;
    if (!scoped || typeof branchId !== 'string' || !principal.branchIds.includes(branchId)) {
      throw deny(
        403,
        'forbidden',
        'Forbidden',
        `a branch-officer key records only activities of its branches (${principal.branchIds.join(', ')})`,
      );
    }
  }
}
