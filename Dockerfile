# syntax=docker/dockerfile:1
# Switchboard's image: the gateway packed as an npm tarball (deploy/build-package.sh), installed into an empty folder
# (deploy/install-package.sh), run by an unprivileged user. The same two scripts run outside a container in CI
# (test/package-install.test.ts). See docs/deployment.md.
#
#   docker build -t switchboard .
#   docker run -e SWITCHBOARD_API_KEYS=... -e ZENDESK_URL=... switchboard          # serve (the default command)
#   docker run switchboard simulator                                               # or any switchboard command

# Node 20, as CI runs it (package.json engines: >=20.19); pin a digest for byte-for-byte rebuilds.
ARG NODE_VERSION=20

# 1. Build: the dashboard (Vite) and the compiled gateway (tsc) from the sources, packed into /pkg.
FROM node:${NODE_VERSION}-bookworm AS build
WORKDIR /src
COPY package.json package-lock.json ./
# Dependencies first, as their own layer; --ignore-scripts: `prepare` builds from sources not copied yet, and the
# build needs no sqlite3 binding.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN sh deploy/build-package.sh /pkg --build

# 2. Install: the tarball unpacked into an empty folder and `npm ci --omit=dev` from its shrinkwrap (the tested
# versions, runtime dependencies only). sqlite3's install script downloads its prebuilt binding (or compiles it with
# this image's toolchain); nothing from the sources comes along.
FROM node:${NODE_VERSION}-bookworm AS install
COPY deploy/install-package.sh /tmp/install-package.sh
COPY --from=build /pkg/ /pkg/
RUN sh /tmp/install-package.sh /pkg/switchboard-*.tgz /opt/switchboard

# 3. Run: the slim Node image with the installed package only, as the `node` user (uid 1000).
FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
COPY --from=install /opt/switchboard /opt/switchboard
COPY deploy/healthcheck.mjs /opt/switchboard/healthcheck.mjs
# The working directory holds what the gateway writes under ./data by default (a SQLite store, Bomgar backups):
# mount a volume here, or point DATABASE_URL at PostgreSQL. The code stays root-owned, read-only to the gateway.
RUN mkdir -p /var/lib/switchboard && chown node:node /var/lib/switchboard
WORKDIR /var/lib/switchboard
USER node
EXPOSE 4000
# /ready: 503 while the store does not answer or once shutdown began (docs/operations.md, "Health and readiness").
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "/opt/switchboard/healthcheck.mjs"]
# Node runs as PID 1, with no shell in between, so SIGTERM reaches the gateway: it drains (/ready 503, requests in
# flight finish within SHUTDOWN_GRACE_MS, WebSockets closed 1001) and exits 0. Give it longer than SHUTDOWN_GRACE_MS
# (`docker stop -t 15`, compose's stop_grace_period, Kubernetes' terminationGracePeriodSeconds).
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "/opt/switchboard/bin/switchboard.js"]
CMD ["serve"]
