// The part of the official image's docker-entrypoint.sh that runs init scripts, as bash text
// (docker-library/postgres, MIT licence: docker_process_sql, docker_setup_db,
// docker_process_init_files). Differences: the server's socket is a temp folder (PGHOST), files
// come as arguments in the order the image's bash would glob them, and each file and each psql
// call leaves a marker on stderr, so an error can be placed at its file and psql call.

/** Marker lines the runner writes (never part of a script's own output). */
export const FILE_MARKER = '@@svclint-file ';
export const PSQL_MARKER = '@@svclint-psql';

export const ENTRYPOINT = `#!/usr/bin/env bash
set -Eeo pipefail

docker_process_sql() {
	local query_runner=( psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc )
	if [ -n "$POSTGRES_DB" ]; then
		query_runner+=( --dbname "$POSTGRES_DB" )
	fi
	PGHOSTADDR= "\${query_runner[@]}" "$@"
}

docker_setup_db() {
	local dbAlreadyExists
	dbAlreadyExists="$(
		POSTGRES_DB= docker_process_sql --dbname postgres --set db="$POSTGRES_DB" --tuples-only <<-'EOSQL'
			SELECT 1 FROM pg_database WHERE datname = :'db' ;
		EOSQL
	)"
	if [ -z "$dbAlreadyExists" ]; then
		POSTGRES_DB= docker_process_sql --dbname postgres --set db="$POSTGRES_DB" <<-'EOSQL'
			CREATE DATABASE :"db" ;
		EOSQL
		printf '\\n'
	fi
}

docker_process_init_files() {
	psql=( docker_process_sql )
	printf '\\n'
	local f
	for f; do
		printf '${FILE_MARKER}%s\\n' "$f" >&2
		case "$f" in
			*.sh)
				if [ -x "$f" ]; then
					printf '%s: running %s\\n' "$0" "$f"
					"$f"
				else
					printf '%s: sourcing %s\\n' "$0" "$f"
					. "$f"
				fi
				;;
			*.sql)     printf '%s: running %s\\n' "$0" "$f"; docker_process_sql -f "$f"; printf '\\n' ;;
			*.sql.gz)  printf '%s: running %s\\n' "$0" "$f"; gunzip -c "$f" | docker_process_sql; printf '\\n' ;;
			*.sql.xz)  printf '%s: running %s\\n' "$0" "$f"; xzcat "$f" | docker_process_sql; printf '\\n' ;;
			*.sql.zst) printf '%s: running %s\\n' "$0" "$f"; zstd -dc "$f" | docker_process_sql; printf '\\n' ;;
			*)         printf '%s: ignoring %s\\n' "$0" "$f" ;;
		esac
		printf '\\n'
	done
}

docker_setup_db
docker_process_init_files "$@"
`;

/**
 * A psql in front of the real one: marks each call on stderr, then runs it. SQL on stdin (a
 * here-document, a pipe) is saved to a file and run with -f, which psql treats the same way but
 * reports errors with a line number (`psql:FILE:LINE:`); stdin gives none.
 */
export function psqlShim(realPsql: string): string {
  return `#!/bin/sh
printf '${PSQL_MARKER}\\n' >&2
case " $* " in
  *" -c"*|*" --command"*|*" -f"*|*" --file"*|*" -l "*|*" --list"*|*" -V"*|*" --version"*|*" -?"*|*" --help"*) exec "${realPsql}" "$@" ;;
esac
if [ -t 0 ]; then exec "${realPsql}" "$@"; fi
input=$(mktemp "\${TMPDIR:-/tmp}/svclint-stdin.XXXXXX")
cat >"$input"
"${realPsql}" -f "$input" "$@"
status=$?
rm -f "$input"
exit $status
`;
}
