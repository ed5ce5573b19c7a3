package org.fooddelivery.standin.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The external systems' stand-ins, under the /standins context root: Kakao's message API at
 * kakao/..., a card acquirer at acquirer/.... Their own endpoints are authorised by the key the
 * platform holds for that system; the drill endpoints (faults, what was received) by an admin
 * token of the platform's identity provider.
 */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"admin"})
@OpenAPIDefinition(info = @Info(title = "Stand-ins", version = "1.0",
        description = "Stand-ins for the systems outside the platform (KakaoTalk message API, card acquirer), with fault "
                + "settings for drills. Embedded default and tests only; never deployed with the product."),
        security = @SecurityRequirement(name = "jwt"))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class StandInApplication extends Application {
}
