import type { FastifyReply, FastifyRequest } from 'fastify';
import { problem } from '../problem/problem-document';
import type { ApiKeyService } from '../auth/api-key.service';

/**
 * The API key from `Authorization: Bearer <key>`, or from Basic auth with the key as the
 * password: a browser asks for Basic credentials itself and sends them with every request the
 * board's page makes, which a bearer header cannot do.
 */
export function tokenOf(authorization: string | undefined): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (bearer) return bearer;
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(authorization ?? '')?.[1];
  if (!basic) return undefined;
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  const password = decoded.slice(decoded.indexOf(':') + 1);
  return password || undefined;
}

const deny = (reply: FastifyReply, status: 401 | 403, detail: string) => {
  if (status === 401) void reply.header('www-authenticate', 'Basic realm="assocflow queues", charset="UTF-8"');
  return reply
    .code(status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send(problem(status, status === 401 ? 'unauthenticated' : 'forbidden', status === 401 ? 'Unauthenticated' : 'Forbidden', detail));
};

/**
 * Fastify onRequest hook for the board's routes, which Nest's ApiKeyGuard never sees. The board
 * shows and acts on every tenant's jobs, so only admin keys of the operator tenant may use it.
 */
export function queueBoardAuth(keys: Pick<ApiKeyService, 'authenticate'>, operatorTenant: string) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const token = tokenOf(request.headers.authorization);
    if (!token)
      return void (await deny(
        reply,
        401,
        `the queue board needs an admin API key of the operator tenant (${operatorTenant}): Bearer, or Basic with the key as password`,
      ));
    const principal = await keys.authenticate(token);
    if (!principal) return void (await deny(reply, 401, 'the API key is unknown or revoked'));
    if (principal.role !== 'admin' || principal.tenant !== operatorTenant) {
      return void (await deny(
        reply,
        403,
        `the queue board shows every tenant's jobs: it needs an admin key of the operator tenant (${operatorTenant})`,
      ));
    }
  };
}
