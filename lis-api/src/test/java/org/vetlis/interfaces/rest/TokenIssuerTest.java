package org.vetlis.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;

class TokenIssuerTest {

    @TempDir
    static Path dir;
    static KeyPair keys;
    static Path pem;

    @BeforeAll
    static void keyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        pem = dir.resolve("jwt-private.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
    }

    @Test
    void issuesAnRs256TokenWithTheClaimsMicroProfileJwtNeeds() throws Exception {
        TokenIssuer issuer = new TokenIssuer(pem.toString(), "vetlis", 60);

        TokenIssuer.IssuedToken issued = issuer.issue("tech", List.of("TECHNICIAN"));
        SignedJWT jwt = SignedJWT.parse(issued.token());

        assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) keys.getPublic()))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("vetlis");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("upn")).isEqualTo("tech");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("groups")).containsExactly("TECHNICIAN");
        assertThat(jwt.getJWTClaimsSet().getJWTID()).isEqualTo(issued.id());
        assertThat(issued.expiresAt()).isBetween(Instant.now().plus(Duration.ofMinutes(59)), Instant.now().plus(Duration.ofMinutes(61)));
    }

    @Test
    void aMissingKeyFileNamesTheSettingToFix() {
        assertThatThrownBy(() -> new TokenIssuer(dir.resolve("absent.pem").toString(), "vetlis", 60))
                .hasMessageContaining("vetlis.jwt.signing-key.location");
    }
}
