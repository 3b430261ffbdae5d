import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export const DOCS_PATH = '/docs';

/** The Swagger UI files the page needs, with their content types. */
const UI_ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'application/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

interface Reply {
  type(contentType: string): Reply;
  header(name: string, value: string): Reply;
  send(body: unknown): unknown;
}

/**
 * OpenAPI document at /docs-json and /docs-yaml (served by @nestjs/swagger) and Swagger UI at
 * /docs. With Fastify, @nestjs/swagger serves the UI's files through @fastify/static, which
 * the project does not depend on; the handful of files are served here instead, straight from
 * the swagger-ui-dist package that @nestjs/swagger itself depends on.
 */
export function setupSwagger(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('assocflow API')
    .setDescription('Event-sourced workflow engine for the operations of hospital associations')
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup(DOCS_PATH, app, () => SwaggerModule.createDocument(app, config), {
    ui: false,
    raw: ['json', 'yaml'],
  });

  const http = app.getHttpAdapter();
  const page = uiPage(`${DOCS_PATH}-json`);
  const servePage = (_req: unknown, reply: Reply) => reply.type('text/html; charset=utf-8').send(page);
  http.get(DOCS_PATH, servePage);
  http.get(`${DOCS_PATH}/`, servePage);

  const assetsDir = swaggerUiDistDir();
  for (const [file, contentType] of Object.entries(UI_ASSETS)) {
    let content: Buffer | undefined;
    http.get(`${DOCS_PATH}/${file}`, (_req: unknown, reply: Reply) => {
      content ??= readFileSync(join(assetsDir, file));
      return reply.type(contentType).header('Cache-Control', 'public, max-age=86400').send(content);
    });
  }
}

function swaggerUiDistDir(): string {
  const fromSwagger = createRequire(require.resolve('@nestjs/swagger'));
  return dirname(fromSwagger.resolve('swagger-ui-dist/package.json'));
}

function uiPage(documentUrl: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>assocflow API</title>
  <link rel="stylesheet" href="${DOCS_PATH}/swagger-ui.css">
  <link rel="icon" type="image/png" href="${DOCS_PATH}/favicon-32x32.png" sizes="32x32">
  <link rel="icon" type="image/png" href="${DOCS_PATH}/favicon-16x16.png" sizes="16x16">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="${DOCS_PATH}/swagger-ui-bundle.js"></script>
  <script src="${DOCS_PATH}/swagger-ui-standalone-preset.js"></script>
  <script>
    window.ui = SwaggerUIBundle({
      url: ${JSON.stringify(documentUrl)},
      dom_id: '#swagger-ui',
      deepLinking: true,
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
      layout: 'StandaloneLayout',
    });
  </script>
</body>
</html>
`;
}
