#!/usr/bin/env bash
# Two DevConnect servers behind nginx on this machine, on one PostgreSQL and one Redis (all from Debian).
#   deploy/local-cluster.sh start    installs what is missing (as root, via apt), publishes the app, starts everything
#   deploy/local-cluster.sh status   what answers
#   deploy/local-cluster.sh stop     stops everything it started (the system's own services are never touched)
# Everything lives under $DEVCONNECT_CLUSTER_DIR (default /var/tmp/devconnect-cluster); open http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
state=${DEVCONNECT_CLUSTER_DIR:-/var/tmp/devconnect-cluster}
web_port=${DEVCONNECT_CLUSTER_PORT:-8080}
app_ports=(5101 5102)
pg_port=5440
redis_port=6390
pg_bin=/usr/lib/postgresql/15/bin

say() { echo "local-cluster: $*"; }

need_packages() {
    local missing=()
    [ -x "$pg_bin/initdb" ] || missing+=(postgresql)
    command -v redis-server >/dev/null || missing+=(redis-server)
    command -v nginx >/dev/null || missing+=(nginx)
    command -v openssl >/dev/null || missing+=(openssl)
    command -v curl >/dev/null || missing+=(curl)
    [ ${#missing[@]} -eq 0 ] && return
    if [ "$(id -u)" != 0 ]; then
        say "missing ${missing[*]}; run as root to install them, or: sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    say "installing ${missing[*]}..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# PostgreSQL refuses to run as root: the cluster belongs to the postgres user when we are root, to us otherwise.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

wait_for() { # url, what
    for _ in $(seq 1 120); do
        if curl -fsS -o /dev/null "$1"; then return 0; fi
        sleep 1
    done
    say "$2 did not answer at $1; see $state/*.log" >&2
    exit 1
}

start_postgres() {
    mkdir -p "$state/pg-socket"
    if [ ! -d "$state/pg" ]; then
        mkdir -p "$state/pg"
        [ "$(id -u)" = 0 ] && chown postgres "$state/pg" "$state/pg-socket"
        # Trust on loopback only: a throwaway cluster for this machine, reachable from nowhere else.
        as_pg "$pg_bin/initdb" -D "$state/pg" -U devconnect --auth=trust -E UTF8 >/dev/null
    fi
    as_pg "$pg_bin/pg_ctl" -D "$state/pg" -l "$state/postgres.log" -o "-p $pg_port -k $state/pg-socket -h 127.0.0.1" -w start >/dev/null
    as_pg "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U devconnect -d postgres -tc "SELECT 1 FROM pg_database WHERE datname = 'devconnect'" | grep -q 1 ||
        as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U devconnect devconnect
}

data_protection_certificate() {
    # The key ring in Redis is encrypted with this certificate; made once per cluster, never committed.
    [ -f "$state/dp.pfx" ] && return
    openssl rand -hex 24 > "$state/dp.pass"
    chmod 600 "$state/dp.pass"
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=DevConnect data protection" \
        -keyout "$state/dp.key" -out "$state/dp.crt" 2>/dev/null
    openssl pkcs12 -export -out "$state/dp.pfx" -inkey "$state/dp.key" -in "$state/dp.crt" -passout "file:$state/dp.pass"
    rm -f "$state/dp.key"
    chmod 600 "$state/dp.pfx"
}

start_app() { # index, port, seed
    (
        export ASPNETCORE_ENVIRONMENT=Production
        export Database__Provider=Postgres
        export ConnectionStrings__DevConnect="Host=127.0.0.1;Port=$pg_port;Database=devconnect;Username=devconnect"
        export ConnectionStrings__Redis="127.0.0.1:$redis_port"
        export Storage__Images=Database
        export DataProtection__CertificatePath="$state/dp.pfx"
        DataProtection__CertificatePassword=$(cat "$state/dp.pass")
        export DataProtection__CertificatePassword
        export ForwardedHeaders__KnownProxies__0=127.0.0.1
        export DevConnect__SeedDemoData="$3"
        export DevConnect__PublicBaseUrl="http://127.0.0.1:$web_port"
        export GitHub__Enabled="${DEVCONNECT_GITHUB:-false}"
        cd "$state/app"
        nohup dotnet DevConnect.App.dll --urls "http://127.0.0.1:$2" > "$state/app$1.log" 2>&1 &
        echo $! > "$state/app$1.pid"
    )
    wait_for "http://127.0.0.1:$2/health" "app server $1"
}

start_nginx() {
    local upstreams=""
    for port in "${app_ports[@]}"; do upstreams+="    server 127.0.0.1:$port max_fails=3 fail_timeout=10s;"$'\n'; done
    # The upstream list replaces the line that is exactly @UPSTREAMS@ (comments may name the placeholders too).
    awk -v upstreams="$upstreams" -v listen="127.0.0.1:$web_port" \
        '$1 == "@UPSTREAMS@" { printf "%s", upstreams; next } { gsub("@LISTEN@", listen); print }' \
        deploy/nginx-devconnect.conf.template > "$state/devconnect-site.conf"
    cat > "$state/nginx.conf" <<CONF
pid $state/nginx.pid;
error_log $state/nginx-error.log;
events { worker_connections 4096; }
http {
    access_log $state/nginx-access.log;
    client_body_temp_path $state/nginx-body;
    proxy_temp_path $state/nginx-proxy;
    include $state/devconnect-site.conf;
}
CONF
    nginx -t -c "$state/nginx.conf" 2>/dev/null || { nginx -t -c "$state/nginx.conf"; exit 1; }
    nginx -c "$state/nginx.conf"
}

case "${1:-}" in
    start)
        need_packages
        mkdir -p "$state"
        [ "$(id -u)" = 0 ] && chown postgres "$state" 2>/dev/null || true
        start_postgres
        redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
            --pidfile "$state/redis.pid" --logfile "$state/redis.log"
        data_protection_certificate
        say "publishing the app (Release)..."
        dotnet publish DevConnect.App -c Release -o "$state/app" --nologo -v quiet >/dev/null
        # The first server migrates the database and seeds the demo community; the second finds it ready.
        start_app 1 "${app_ports[0]}" true
        start_app 2 "${app_ports[1]}" false
        start_nginx
        wait_for "http://127.0.0.1:$web_port/health" "nginx"
        say "up: http://127.0.0.1:$web_port (servers on ${app_ports[*]}, PostgreSQL on $pg_port, Redis on $redis_port)"
        ;;
    stop)
        [ -f "$state/nginx.pid" ] && nginx -c "$state/nginx.conf" -s quit 2>/dev/null || true
        for i in 1 2; do
            if [ -f "$state/app$i.pid" ]; then kill "$(cat "$state/app$i.pid")" 2>/dev/null || true; rm -f "$state/app$i.pid"; fi
        done
        [ -f "$state/redis.pid" ] && kill "$(cat "$state/redis.pid")" 2>/dev/null || true
        [ -d "$state/pg" ] && as_pg "$pg_bin/pg_ctl" -D "$state/pg" -m fast stop >/dev/null 2>&1 || true
        say "stopped (data kept in $state; delete it for a fresh start)"
        ;;
    status)
        for url in "http://127.0.0.1:$web_port/health" "http://127.0.0.1:${app_ports[0]}/health" "http://127.0.0.1:${app_ports[1]}/health"; do
            printf '%s %s\n' "$url" "$(curl -fsS -m 5 "$url" 2>/dev/null || echo down)"
        done
        ;;
    *)
        echo "usage: $0 start|stop|status" >&2
        exit 2
        ;;
esac
