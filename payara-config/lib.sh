# Shared helpers of the payara-config scripts. Sourced, not run.
#
# Every script reads the domain's current state first and changes only what differs, printing one line
# per setting:  "=" unchanged, "+" created, "~" changed. Running a script twice changes nothing the
# second time.

: "${PAYARA_HOME:?set PAYARA_HOME to the Payara Server directory (the one holding bin/asadmin)}"
VETLIS_DOMAIN=${VETLIS_DOMAIN:-vetlis}
VETLIS_DOMAIN_DIR=${VETLIS_DOMAIN_DIR:-$PAYARA_HOME/glassfish/domains/$VETLIS_DOMAIN}
VETLIS_ADMIN_HOST=${VETLIS_ADMIN_HOST:-localhost}
VETLIS_ADMIN_PORT=${VETLIS_ADMIN_PORT:-4848}
VETLIS_ADMIN_USER=${VETLIS_ADMIN_USER:-admin}

# asadmin against the target domain's admin port
asadmin() {
  local auth=()
  [ -n "${VETLIS_ADMIN_PASSWORD_FILE:-}" ] && auth=(--passwordfile "$VETLIS_ADMIN_PASSWORD_FILE")
  TERM=dumb "$PAYARA_HOME/bin/asadmin" --interactive=false --host "$VETLIS_ADMIN_HOST" --port "$VETLIS_ADMIN_PORT" \
    --user "$VETLIS_ADMIN_USER" "${auth[@]}" "$@" 2>&1 | grep -v '^Unable to retrieve infocmp'
  return "${PIPESTATUS[0]}"
}

# asadmin output without its "Command ... executed successfully." trailer
asadmin_quiet() {
  asadmin "$@" | { grep -v '^Command .* executed successfully\.$' || true; }
  return "${PIPESTATUS[0]}"
}

say() { printf '  %s %s\n' "$1" "$2"; }

die() { printf 'payara-config: %s\n' "$*" >&2; exit 1; }

# Marks that a change needs a domain restart to take effect (JVM options, libraries).
restart_required() {
  mkdir -p "$VETLIS_DOMAIN_DIR/config"
  : > "$VETLIS_DOMAIN_DIR/config/.vetlis-restart-required"
}

# The domain's MicroProfile Config values (domain source), read once per script: asadmin keeps them as
# domain properties named payara.microprofile.<key>. (get-config-property would log SEVERE for each absent key.)
_domain_config=""
_domain_config_read=false
domain_config_value() {
  if [ "$_domain_config_read" = false ]; then
    _domain_config=$(asadmin_quiet get 'property.*') || die "cannot read the domain's properties"
    _domain_config_read=true
  fi
  awk -v prefix="property.payara.microprofile.$1=" 'index($0, prefix) == 1 { print substr($0, length(prefix) + 1); found = 1; exit }
       END { exit !found }' <<<"$_domain_config"
}

# ensure_config_property KEY VALUE: a MicroProfile Config value at domain level (ordinal above the
# application's own defaults), written only when it differs.
ensure_config_property() {
  local key=$1 value=$2 current sign="+"
  if current=$(domain_config_value "$key"); then
    if [ "$current" = "$value" ]; then say "=" "config $key"; return 0; fi
    sign="~"
  fi
  asadmin_quiet set-config-property --source=domain --propertyName="$key" --propertyValue="$value" >/dev/null \
    || die "cannot set config property $key"
  say "$sign" "config $key"
}

# ensure_password_alias NAME VALUE: a secret kept in the domain's password store, referenced as
# ${ALIAS=NAME}. A fingerprint beside the domain config tells whether the value changed since last time.
ensure_password_alias() {
  local name=$1 value=$2 print file="$VETLIS_DOMAIN_DIR/config/.vetlis-alias-$1.sha256" tmp
  print=$(printf '%s' "$value" | sha256sum | cut -d' ' -f1)
  tmp=$(mktemp); chmod 600 "$tmp"
  printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$value" > "$tmp"
  if asadmin_quiet list-password-aliases | grep -qx "$name"; then
    if [ -f "$file" ] && [ "$(cat "$file")" = "$print" ]; then say "=" "password alias $name"; rm -f "$tmp"; return 0; fi
    asadmin --passwordfile "$tmp" update-password-alias "$name" >/dev/null || { rm -f "$tmp"; die "cannot update alias $name"; }
    say "~" "password alias $name"
  else
    asadmin --passwordfile "$tmp" create-password-alias "$name" >/dev/null || { rm -f "$tmp"; die "cannot create alias $name"; }
    say "+" "password alias $name"
  fi
  rm -f "$tmp"
  mkdir -p "$(dirname "$file")"; printf '%s' "$print" > "$file"; chmod 600 "$file"
}

# random_secret: 32 url-safe characters from the kernel's generator
random_secret() {
  head -c 48 /dev/urandom | base64 | tr -d '/+=\n' | head -c 32
}
