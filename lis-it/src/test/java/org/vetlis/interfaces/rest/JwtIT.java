package org.vetlis.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.Deployments;
import org.vetlis.it.TestServer;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Forged and spoilt tokens against a protected resource. A token signed with the installation's own key is the
 * control: only the one thing each case changes makes it fail.
 */
@ExtendWith(ArquillianExtension.class)
class JwtIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aTokenSignedWithTheInstallationKeyIsAccepted() throws Exception {
        assertThat(whoami(sign(installationKey(), claims("vetlis", Instant.now().plusSeconds(300), List.of("VIEWER"))))).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        assertThat(whoami(sign(installationKey(), claims("vetlis", Instant.now().minusSeconds(600), List.of("VIEWER"))))).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey stranger = generator.generateKeyPair().getPrivate();

        assertThat(whoami(sign(stranger, claims("vetlis", Instant.now().plusSeconds(300), List.of("ADMIN"))))).isEqualTo(401);
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        String unsigned = new PlainJWT(claims("vetlis", Instant.now().plusSeconds(300), List.of("ADMIN"))).serialize();

        assertThat(whoami(unsigned)).isEqualTo(401);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        assertThat(whoami(sign(installationKey(), claims("someone-else", Instant.now().plusSeconds(300), List.of("ADMIN")))))
                .isEqualTo(401);
    }

    @Test
    void aTokenWithoutGroupsOpensNothing() throws Exception {
        assertThat(whoami(sign(installationKey(), claims("vetlis", Instant.now().plusSeconds(300), null)))).isIn(401, 403);
    }

    private int whoami(String token) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/lis/api/v1/system/whoami"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        return answer.statusCode();
    }

    private static JWTClaimsSet claims(String issuer, Instant expires, List<String> groups) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject("admin").claim("upn", "admin")
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(expires.minusSeconds(3600))).expirationTime(Date.from(expires));
        if (groups != null) {
            claims.claim("groups", groups);
        }
        return claims.build();
    }

    private static String sign(PrivateKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** The test domain's own signing key, beside its credentials file (config/vetlis-jwt/private.pem). */
    private static PrivateKey installationKey() throws Exception {
        Path pem = Path.of(System.getProperty("vetlis.it.credentials")).resolveSibling("vetlis-jwt").resolve("private.pem");
        String base64 = Files.readString(pem).replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
