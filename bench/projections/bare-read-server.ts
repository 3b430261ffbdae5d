// Must stay the first import: resolves the @assocflow/* aliases in the compiled code.
import '../../libs/platform/src/module-aliases';
import { createServer } from 'node:http';
import Redis from 'ioredis';

/**
 * The baseline of GET /summaries/:year: a bare node:http server that answers every request with
 * one Redis GET of the document, without routing, auth, validation or headers. What the api
 * adds on top of it is what the benchmark's ratio shows.
 */
const redis = new Redis(process.env.REDIS_URL!);
const key = process.env.DOC_KEY!;
const server = createServer((_req, res) => {
  redis.get(key).then(
    (doc) => {
      res.writeHead(doc ? 200 : 404, { 'content-type': 'application/json' });
      res.end(doc ?? '{}');
    },
    () => {
      res.writeHead(500);
      res.end();
    },
  );
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => void redis.quit().then(() => process.exit(0))));
