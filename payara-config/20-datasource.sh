#!/usr/bin/env bash
# The datasources jdbc/vetlis and jdbc/vetlis-sequence (the ids' own small pool, same database). By default an H2 file database inside the domain (lib/databases/vetlis),
# in PostgreSQL mode: nothing else to install. With VETLIS_DB_URL (jdbc:postgresql://host[:port]/db),
# VETLIS_DB_USER and VETLIS_DB_PASSWORD it points at PostgreSQL instead; the driver jar
# (VETLIS_PG_DRIVER_JAR) is added to the domain's lib/. Passwords live in the domain's password store.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

echo "Datasource jdbc/vetlis"

# What a pool looks like: name, datasource class, properties (name=value per line), common settings.
if [ -n "${VETLIS_DB_URL:-}" ]; then
  [[ "$VETLIS_DB_URL" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+) ]] \
    || die "VETLIS_DB_URL must look like jdbc:postgresql://host[:port]/database, got: $VETLIS_DB_URL"
  host=${BASH_REMATCH[1]}; port=${BASH_REMATCH[3]:-5432}; database=${BASH_REMATCH[4]}
  : "${VETLIS_DB_USER:?VETLIS_DB_USER is needed with VETLIS_DB_URL}"
  : "${VETLIS_DB_PASSWORD:?VETLIS_DB_PASSWORD is needed with VETLIS_DB_URL}"
  pool=vetlis-postgresql
  class=org.postgresql.ds.PGSimpleDataSource
  alias=vetlis-postgresql-password
  props="serverName=$host
portNumber=$port
databaseName=$database
user=$VETLIS_DB_USER
password=\${ALIAS=$alias}
ApplicationName=vetlis"

  driver=${VETLIS_PG_DRIVER_JAR:-}
  [ -n "$driver" ] && [ -f "$driver" ] || die "set VETLIS_PG_DRIVER_JAR to the PostgreSQL JDBC driver jar"
  if asadmin_quiet list-libraries | grep -qx "$(basename "$driver")"; then say "=" "library $(basename "$driver")"; else
    asadmin_quiet add-library "$driver" >/dev/null || die "cannot add $driver to the domain"
    say "+" "library $(basename "$driver")"; restart_required
  fi
  ensure_password_alias "$alias" "$VETLIS_DB_PASSWORD"
else
  pool=vetlis-h2
  class=org.h2.jdbcx.JdbcDataSource
  alias=vetlis-h2-password
  # the H2 password is made once per installation; the database file is created with it
  if ! asadmin_quiet list-password-aliases | grep -qx "$alias"; then
    ensure_password_alias "$alias" "$(random_secret)"
  else
    say "=" "password alias $alias"
  fi
  props="URL=jdbc:h2:\${com.sun.aas.instanceRoot}/lib/databases/vetlis;AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH
user=vetlis
password=\${ALIAS=$alias}"
fi

# asadmin --property syntax: name=value pairs joined by ':', with ':' in values escaped and values
# holding '=' or ';' double-quoted (an unquoted H2 URL silently creates no pool).
property_argument() {
  local out="" line name value
  while IFS= read -r line; do
    name=${line%%=*}; value=${line#*=}; value=${value//:/\\:}
    [[ "$value" == *[=\;]* ]] && value="\"$value\""
    out+="${out:+:}$name=$value"
  done <<<"$props"
  printf '%s' "$out"
}

# Pool settings: bounded waits so a slow database cannot hold analyzer threads or pages forever.
# Statements are kept prepared per connection (every analyzer message runs the same dozen).
settings=(--steadypoolsize 2 --maxpoolsize 32 --maxwait 10000 --statementtimeout 30 --statementcachesize 200
          --isconnectvalidatereq=true --validationmethod auto-commit --failconnection=true)
# The ids' pool: EclipseLink takes a block of sequence values on a connection of its own, outside the transaction,
# while every other writer waits for the block. From the main pool that connection can wait behind the very
# writers waiting for it (seconds, under 50 analyzers at once); from a small pool of its own it never does.
sequence_settings=(--steadypoolsize 1 --maxpoolsize 4 --maxwait 10000 --statementtimeout 30 --nontransactionalconnections=true
          --isconnectvalidatereq=true --validationmethod auto-commit --failconnection=true)

# ensure_pool NAME SETTING...: the pool with this installation's properties
ensure_pool() {
  local name=$1 current changed=0 line key value
  shift
  if asadmin_quiet list-jdbc-connection-pools | grep -qx "$name"; then
    current=$(asadmin_quiet get "resources.jdbc-connection-pool.$name.property.*")
    while IFS= read -r line; do
      key=${line%%=*}; value=${line#*=}
      if ! grep -qxF -- "resources.jdbc-connection-pool.$name.property.$key=$value" <<<"$current"; then
        asadmin_quiet set "resources.jdbc-connection-pool.$name.property.$key=$value" >/dev/null \
          || die "cannot set pool property $key"
        changed=1
      fi
    done <<<"$props"
    [ $changed = 1 ] && say "~" "pool $name" || say "=" "pool $name"
  else
    asadmin_quiet create-jdbc-connection-pool --datasourceclassname "$class" --restype javax.sql.DataSource \
      "$@" --property "$(property_argument)" "$name" >/dev/null || die "cannot create pool $name"
    asadmin_quiet list-jdbc-connection-pools | grep -qx "$name" || die "pool $name was not created (check the property syntax)"
    say "+" "pool $name"
  fi
}

# ensure_resource JNDI POOL: the JDBC resource, pointing at the pool
ensure_resource() {
  local jndi=$1 target=$2 current_pool
  if asadmin_quiet list-jdbc-resources | grep -qx "$jndi"; then
    current_pool=$(asadmin_quiet get "resources.jdbc-resource.$jndi.pool-name" | sed 's/.*=//')
    if [ "$current_pool" = "$target" ]; then say "=" "resource $jndi -> $target"; else
      asadmin_quiet set "resources.jdbc-resource.$jndi.pool-name=$target" >/dev/null || die "cannot repoint $jndi"
      say "~" "resource $jndi -> $target (was $current_pool)"
    fi
  else
    asadmin_quiet create-jdbc-resource --connectionpoolid "$target" "$jndi" >/dev/null || die "cannot create $jndi"
    say "+" "resource $jndi -> $target"
  fi
}

ensure_pool "$pool" "${settings[@]}"
if [ "$(asadmin_quiet get "resources.jdbc-connection-pool.$pool.statement-cache-size" | sed 's/.*=//')" != 200 ]; then
  asadmin_quiet set "resources.jdbc-connection-pool.$pool.statement-cache-size=200" >/dev/null || die "cannot set the statement cache"
  say "~" "pool $pool statement cache 200"
fi
ensure_resource jdbc/vetlis "$pool"
ensure_pool "$pool-sequence" "${sequence_settings[@]}"
ensure_resource jdbc/vetlis-sequence "$pool-sequence"

if [ "${VETLIS_PING_POOL:-true}" = true ]; then
  asadmin_quiet ping-connection-pool "$pool" >/dev/null || die "pool $pool does not connect; check the database settings"
  say "=" "ping $pool"
fi
