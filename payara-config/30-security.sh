#!/usr/bin/env bash
# API tokens: this installation's RSA key pair for signing (VetLIS) and verifying (MicroProfile JWT)
# access tokens, made once in the domain's config/vetlis-jwt/ and never shipped; plus the issuer name.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

echo "Security"
keys="$VETLIS_DOMAIN_DIR/config/vetlis-jwt"
result=$(java "$(dirname "$0")/JwtKeyPair.java" "$keys") || die "cannot create the token key pair in $keys"
[ "$result" = created ] && say "+" "token key pair $keys" || say "=" "token key pair $keys"

ensure_config_property vetlis.jwt.signing-key.location "$keys/private.pem"
ensure_config_property mp.jwt.verify.publickey.location "file://$keys/public.pem"
ensure_config_property mp.jwt.verify.issuer "${VETLIS_JWT_ISSUER:-vetlis}"
