package org.vetlis.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The VetLIS REST API, version 1, at {@code /lis/api/v1}. Callers present a bearer token (MicroProfile JWT)
 * obtained from {@code POST /auth/token}; every resource method states which roles may call it, and a
 * method that states nothing is refused ({@link SecuredByDefault}).
 */
@ApplicationPath("v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"ADMIN", "LAB_MANAGER", "VERIFIER", "TECHNICIAN", "RECEPTION", "INTEGRATION", "VIEWER"})
@ApplicationScoped
@OpenAPIDefinition(info = @Info(title = "VetLIS API", version = "1",
        description = "Owners, animals, orders, specimens and results of a veterinary laboratory"))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class VetlisApi extends Application {
}
