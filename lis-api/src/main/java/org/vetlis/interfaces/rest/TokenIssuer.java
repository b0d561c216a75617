package org.vetlis.interfaces.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs MicroProfile JWT access tokens (RS256) with this installation's private key. The key pair is
 * generated per installation by {@code payara-config}; the public half is what MicroProfile JWT verifies with.
 */
@ApplicationScoped
public class TokenIssuer {

    /** A signed token and what the client needs to know about it. */
    public record IssuedToken(String token, String id, Instant expiresAt) {
    }

    @Inject
    @ConfigProperty(name = "vetlis.jwt.signing-key.location")
    private String signingKeyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    private String issuer;

    @Inject
    @ConfigProperty(name = "vetlis.jwt.lifetime-minutes", defaultValue = "60")
    private int lifetimeMinutes;

    private RSASSASigner signer;

    public TokenIssuer() {
        // for CDI
    }

    TokenIssuer(String signingKeyLocation, String issuer, int lifetimeMinutes) {
        this.signingKeyLocation = signingKeyLocation;
        this.issuer = issuer;
        this.lifetimeMinutes = lifetimeMinutes;
        loadKey();
    }

    @PostConstruct
    void loadKey() {
        signer = new RSASSASigner(readPrivateKey(Path.of(signingKeyLocation)));
    }

    public IssuedToken issue(String username, List<String> groups) {
        Instant now = Instant.now();
        Instant expires = now.plus(Duration.ofMinutes(lifetimeMinutes));
        String id = UUID.randomUUID().toString();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(username)
                .claim("upn", username)
                .claim("groups", groups)
                .jwtID(id)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("token signing failed", e);
        }
        return new IssuedToken(jwt.serialize(), id, expires);
    }

    public int lifetimeSeconds() {
        return lifetimeMinutes * 60;
    }

    /** Reads a PKCS#8 PEM private key ({@code -----BEGIN PRIVATE KEY-----}). */
    static RSAPrivateKey readPrivateKey(Path pem) {
        try {
            String text = Files.readString(pem, StandardCharsets.US_ASCII);
            String base64 = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(base64);
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the token signing key " + pem
                    + " (vetlis.jwt.signing-key.location, PKCS#8 PEM): " + e.getMessage(), e);
        }
    }
}
