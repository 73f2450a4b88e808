#!/bin/sh
# deploy/build-package.sh OUT_DIR [--build]: packs the gateway as switchboard-<version>.tgz into OUT_DIR and prints
# the tarball's path. What goes in is package.json's `files`: bin/, the compiled dist/, dashboard/dist/ and the
# trusted documents (clients/graphql/operations, persisted-documents.json); no sources, no tests. Then
# deploy/package-manifest.mjs adds npm-shrinkwrap.json (the runtime part of package-lock.json) and leaves the
# development parts out of package.json, so deploy/install-package.sh installs exactly the tested versions.
# --build first rebuilds dist/ and dashboard/dist/ from scratch (`npm ci` builds them too, through `prepare`, but an
# old dist/ can hold files whose sources are gone).
# The Dockerfile's build stage runs this; test/package-install.test.ts runs it outside a container.
set -eu
cd "$(dirname "$0")/.."
out="${1:?usage: deploy/build-package.sh OUT_DIR [--build]}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
if [ "${2:-}" = "--build" ]; then
  rm -rf dist dashboard/dist
  npm run build:dashboard >&2
  npm run build >&2
fi
for built in dist/server/cli.js dashboard/dist/index.html clients/graphql/generated/persisted-documents.json; do
  if [ ! -f "$built" ]; then
    echo "deploy/build-package.sh: $built is missing: build first (npm ci does, or pass --build)" >&2
    exit 1
  fi
done
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
# --ignore-scripts: prepare (which rebuilds) is not rerun; npm pack prints the tarball's name last on stdout.
first="$(npm pack --ignore-scripts --silent --pack-destination "$stage" | tail -n 1)"
tar -xzf "$stage/$first" -C "$stage"
node deploy/package-manifest.mjs "$stage/package"
name="$(cd "$stage/package" && npm pack --ignore-scripts --silent --pack-destination "$out" | tail -n 1)"
echo "$out/$name"
