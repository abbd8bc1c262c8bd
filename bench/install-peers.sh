#!/bin/sh
# Installs the peers `npm run bench` compares Brook with, from Debian's archive only:
# nats-server (NATS JetStream), redis-server (Redis Streams) and etcd-server (for Brook's cluster).
# Idempotent: installs only what is missing, then prints each version. Run as root (or with sudo).
set -eu

missing=''
command -v nats-server >/dev/null 2>&1 || missing="$missing nats-server"
command -v redis-server >/dev/null 2>&1 || missing="$missing redis-server"
command -v etcd >/dev/null 2>&1 || missing="$missing etcd-server"

if [ -n "$missing" ]; then
  SUDO=''
  [ "$(id -u)" -eq 0 ] || SUDO='sudo'
  echo "installing:$missing"
  $SUDO apt-get update -qq
  # The bench starts its own servers on free ports; Debian's postinst must not start system services
  # (in containers policy-rc.d already forbids it; elsewhere stop them afterwards if you do not want them).
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

echo "nats-server: $(nats-server --version 2>&1 | head -n 1)"
echo "redis-server: $(redis-server --version 2>&1 | head -n 1)"
echo "etcd: $(etcd --version 2>&1 | head -n 1)"
