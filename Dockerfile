# syntax=docker/dockerfile:1
# Kateb's production image (README, "Running on several machines"): built with
# the development dependencies, then only the production ones kept; runs the
# compiled server (`node scripts/launch.js main` = `npm start`) as the
# non-root user `node`, its data folder in /data. PDFs need Chromium: build
# with `--build-arg WITH_CHROMIUM=0` to leave it out (PDF downloads then
# answer 503 with a sentence; Word, HTML and Markdown still work).
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# better-sqlite3 builds its addon where no prebuilt one fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json prisma.config.ts ./
COPY patches ./patches
COPY scripts ./scripts
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && rm -rf .next/cache \
  && npm prune --omit=dev --omit=optional --no-audit --no-fund

FROM ${NODE_IMAGE}
ARG WITH_CHROMIUM=1
RUN if [ "$WITH_CHROMIUM" = 1 ]; then \
      apt-get update && apt-get install -y --no-install-recommends chromium && rm -rf /var/lib/apt/lists/*; \
    fi
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATA_DIR=/data \
    KATEB_DEMO=0 \
    KATEB_CHROMIUM=/usr/bin/chromium
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/signin').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "scripts/launch.js", "main"]
