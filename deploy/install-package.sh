#!/bin/sh
# deploy/install-package.sh TARBALL DIR: installs the packed gateway (deploy/build-package.sh) into DIR, an empty
# folder of its own: the package unpacked there, then `npm ci --omit=dev` from its npm-shrinkwrap.json (the tested
# versions, runtime dependencies only). Then, from DIR, `npx switchboard <command>` (or `npm start`), or
# `node DIR/bin/switchboard.js <command>` from anywhere. Nothing from the checkout is needed: no sources, no tsx,
# no TypeScript, no Vite. The Dockerfile's install stage runs this; test/package-install.test.ts runs it outside a
# container.
set -eu
tarball="${1:?usage: deploy/install-package.sh TARBALL DIR}"
dir="${2:?usage: deploy/install-package.sh TARBALL DIR}"
mkdir -p "$dir"
tar -xzf "$tarball" -C "$dir" --strip-components=1
cd "$dir"
# --prefer-offline: what the npm cache holds is used without asking the registry again (CI's is warm after npm ci).
npm ci --omit=dev --prefer-offline --no-audit --no-fund --loglevel=error
