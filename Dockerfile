# syntax=docker/dockerfile:1
# The api and the worker (docker-compose.yml picks the entry point). Node 24: the Nest 12
# packages are ESM-only and the compiled CommonJS code loads them through require(esm).

FROM node:24-bookworm-slim AS build
WORKDIR /app
# Toolchain for native addons in case no prebuilt binary matches.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Install scripts are skipped (the `node` dev package would download a second Node); the one
# native addon the runtime needs is then built for this image's Node.
RUN npm ci --ignore-scripts --no-audit --no-fund --loglevel=error \
  && npm rebuild better-sqlite3 --loglevel=error
COPY tsconfig.json tsconfig.build.json ./
COPY apps apps
COPY libs libs
RUN node node_modules/typescript/bin/tsc -p tsconfig.build.json \
  && npm prune --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
# Writable folder for the SQLite store, used when EVENTSTORE_CONNECTION_STRING is not set.
RUN mkdir -p var && chown node:node var
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
