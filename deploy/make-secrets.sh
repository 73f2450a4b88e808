#!/bin/sh
# deploy/make-secrets.sh: writes the secrets compose.yaml mounts (deploy/secrets/, git-ignored), each a random value,
# keeping any file already there. The gateways read them as <NAME>_FILE (docs/configuration.md). Files are mode 644
# in a 700 folder: compose mounts each file alone, and the image's user (node, uid 1000) must be able to read it.
# Nothing secret is printed: callers' keys are in deploy/secrets/switchboard-api-keys (role:key,role:key).
set -eu
dir="$(cd "$(dirname "$0")" && pwd)/secrets"
mkdir -p "$dir"
chmod 700 "$dir"
random() { od -An -tx1 -N24 /dev/urandom | tr -d ' \n'; }
write() {
  [ -s "$dir/$1" ] && return 0
  printf '%s\n' "$2" > "$dir/$1"
  chmod 644 "$dir/$1"
  echo "wrote deploy/secrets/$1"
}
write switchboard-api-keys "admin:$(random),manager:$(random),agent:$(random),viewer:$(random)"
write metrics-token "$(random)"
write postgres-password "$(random)"
write database-url "postgres://switchboard:$(cat "$dir/postgres-password")@postgres:5432/switchboard"
write ameyo-webhook-secret "$(random)"
