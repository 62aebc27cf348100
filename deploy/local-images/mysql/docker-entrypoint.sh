#!/bin/sh
# The mysql image's start-up, as far as the suite uses it: on an empty data directory, set the root password
# (MYSQL_ROOT_PASSWORD, required), allow root from the network like the image does, run the init scripts, then
# start the server for real with the given options.
set -eu
if [ "${1#-}" != "$1" ]; then
  set -- mysqld "$@"
fi
shift
datadir=/var/lib/mysql
socket=/run/mysqld/mysqld.sock
if [ ! -d "$datadir/mysql" ]; then
  : "${MYSQL_ROOT_PASSWORD:?MYSQL_ROOT_PASSWORD is required}"
  mariadb-install-db --user=mysql --datadir="$datadir" --skip-test-db >/dev/null
  mariadbd --user=mysql --datadir="$datadir" --skip-networking --socket="$socket" "$@" &
  init=$!
  for _ in $(seq 1 60); do
    mariadb --protocol=socket --socket="$socket" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
    sleep 1
  done
  mariadb --protocol=socket --socket="$socket" -uroot <<SQL
ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('${MYSQL_ROOT_PASSWORD}');
CREATE USER 'root'@'%' IDENTIFIED BY '${MYSQL_ROOT_PASSWORD}';
GRANT ALL PRIVILEGES ON *.* TO 'root'@'%' WITH GRANT OPTION;
FLUSH PRIVILEGES;
SQL
  for script in /docker-entrypoint-initdb.d/*.sql; do
    [ -f "$script" ] || continue
    echo "docker-entrypoint: running $script"
    mariadb --protocol=socket --socket="$socket" -uroot -p"$MYSQL_ROOT_PASSWORD" < "$script"
  done
  kill "$init"
  wait "$init" || true
fi
exec mariadbd --user=mysql --datadir="$datadir" --socket="$socket" --bind-address=0.0.0.0 "$@"
