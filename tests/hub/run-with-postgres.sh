#!/bin/bash
# Runs a hub test binary against a throwaway PostgreSQL cluster: initdb in a temporary folder,
# a free loopback port, LOKET_HUB_TEST_PG pointing at it; the cluster is stopped and removed
# afterwards, also when the test fails or this script is killed.
# usage: run-with-postgres.sh TEST-BINARY [ARGUMENTS...]
set -euo pipefail

bin=""
for candidate in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [[ -x $candidate/initdb && -x $candidate/pg_ctl ]]; then
        bin=$candidate
        break
    fi
done
if [[ -z $bin ]]; then
    echo "run-with-postgres: the PostgreSQL server is not installed (packaging/install-deps.sh installs it)" >&2
    exit 1
fi

dir=$(mktemp -d /tmp/loket-hub-pg.XXXXXX)
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
    # initdb refuses to run as root.
    chown postgres: "$dir"
    as_pg=(runuser -u postgres --)
fi

stop_cluster() {
    if [[ -f $dir/data/postmaster.pid ]]; then
        "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM

# When CTest kills this script on a timeout, the trap does not run: a watchdog in a session of
# its own stops the cluster once this script is gone.
setsid bash -c '
    while kill -0 "$1" 2>/dev/null; do sleep 2; done
    if [[ -f "$2/data/postmaster.pid" ]]; then
        ${4:+runuser -u postgres --} "$3/pg_ctl" -D "$2/data" -m immediate -w stop >/dev/null 2>&1
    fi
    rm -rf "$2"
' watchdog $$ "$dir" "$bin" "${as_pg[*]:+root}" </dev/null >/dev/null 2>&1 &

"${as_pg[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
}

port=""
for attempt in $(seq 1 20); do
    candidate=$((20000 + RANDOM % 40000))
    # -k: the Unix socket stays in the temporary folder; no fsync: the data is thrown away.
    if "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $candidate -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
        start >/dev/null 2>&1; then
        port=$candidate
        break
    fi
done
if [[ -z $port ]]; then
    echo "run-with-postgres: the cluster did not start:" >&2
    cat "$dir/server.log" >&2 || true
    exit 1
fi

export LOKET_HUB_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"
status=0
"$@" || status=$?
exit $status
