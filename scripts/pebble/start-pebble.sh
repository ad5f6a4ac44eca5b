#!/usr/bin/env bash
# Starts a local Pebble (Let's Encrypt's test ACME server) on 127.0.0.1:14000 for the ACME tests; idempotent.
set -euo pipefail

STATE_DIR="${PEBBLE_STATE_DIR:-/tmp/nexus-pebble}"
LISTEN_HOST=127.0.0.1
ACME_PORT=14000
DIRECTORY_URL="https://${LISTEN_HOST}:${ACME_PORT}/dir"
CERT="$STATE_DIR/cert.pem"
KEY="$STATE_DIR/key.pem"
CONFIG="$STATE_DIR/pebble-config.json"
PID_FILE="$STATE_DIR/pebble.pid"
LOG="$STATE_DIR/pebble.log"
EXAMPLE_CONFIG=/usr/share/doc/pebble/examples/pebble-config.json
# Pebble resolves challenge hostnames here; the ACME integration test answers *.nexus.test with 127.0.0.1.
DNS_SERVER="${PEBBLE_DNS_SERVER:-127.0.0.1:5053}"

port_open() { (exec 3<>"/dev/tcp/${LISTEN_HOST}/${ACME_PORT}") 2>/dev/null; }
report() {
  echo "ACME directory: $DIRECTORY_URL"
  echo "CA cert (Pebble's own TLS): $CERT"
}

if port_open; then
  echo "Something already answers on ${LISTEN_HOST}:${ACME_PORT}; not starting Pebble."
  report
  exit 0
fi

command -v pebble >/dev/null || { echo "pebble not found: apt-get install pebble" >&2; exit 1; }
command -v openssl >/dev/null || { echo "openssl not found: apt-get install openssl" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl not found: apt-get install curl" >&2; exit 1; }
[[ -f "$EXAMPLE_CONFIG" ]] || { echo "missing $EXAMPLE_CONFIG (package pebble)" >&2; exit 1; }
mkdir -p "$STATE_DIR"

# The Debian package does not ship the certificate files its example config names.
if [[ ! -s "$CERT" || ! -s "$KEY" ]]; then
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 \
    -keyout "$KEY" -out "$CERT" -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -addext "basicConstraints=critical,CA:FALSE" \
    -addext "extendedKeyUsage=serverAuth" 2>/dev/null
  chmod 600 "$KEY"
fi

# A copy of the example config, bound to loopback and pointed at the generated certificate.
sed -e "s|\"listenAddress\": *\"[^\"]*\"|\"listenAddress\": \"${LISTEN_HOST}:${ACME_PORT}\"|" \
    -e "s|\"managementListenAddress\": *\"[^\"]*\"|\"managementListenAddress\": \"${LISTEN_HOST}:15000\"|" \
    -e "s|\"certificate\": *\"[^\"]*\"|\"certificate\": \"${CERT}\"|" \
    -e "s|\"privateKey\": *\"[^\"]*\"|\"privateKey\": \"${KEY}\"|" \
    -e "s|\"httpPort\": *[0-9]*|\"httpPort\": 5002|" \
    -e "s|\"tlsPort\": *[0-9]*|\"tlsPort\": 5001|" \
    "$EXAMPLE_CONFIG" > "$CONFIG"
grep -q "\"listenAddress\": \"${LISTEN_HOST}:${ACME_PORT}\"" "$CONFIG" && grep -q "\"certificate\": \"${CERT}\"" "$CONFIG" \
  || { echo "could not rewrite $EXAMPLE_CONFIG into $CONFIG; its format changed?" >&2; exit 1; }

# Real validation (ALWAYS_VALID=0) without Pebble's random 0-15 s sleeps. setsid detaches it from
# this shell so it outlives the script; as setsid execs in place, $! is Pebble's own PID.
PEBBLE_VA_NOSLEEP=1 PEBBLE_VA_ALWAYS_VALID=0 setsid pebble -config "$CONFIG" -dnsserver "$DNS_SERVER" >"$LOG" 2>&1 < /dev/null &
echo $! > "$PID_FILE"

for _ in $(seq 1 50); do
  if curl -fsS --cacert "$CERT" "$DIRECTORY_URL" >/dev/null 2>&1; then
    echo "Pebble started (pid $(cat "$PID_FILE"), log $LOG, config $CONFIG)."
    report
    echo "Stop it with: kill \$(cat $PID_FILE)"
    exit 0
  fi
  if ! kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    echo "Pebble exited during start-up; its log ($LOG):" >&2
    cat "$LOG" >&2
    exit 1
  fi
  sleep 0.2
done
echo "Pebble did not answer at $DIRECTORY_URL within 10 s; log: $LOG" >&2
exit 1
