package org.membercomms.postcheck.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the checks API, served at {@code /v3/api-docs} with Swagger UI
 * at {@code /swagger-ui}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "personal-api-token";

	@Bean
	OpenAPI checksApi() {
		return new OpenAPI()
			.info(new Info().title("MemberComms post checker API")
				.version("v1")
				.description("Check draft social media posts for legal and Code of Conduct risks. "
						+ "Authenticate with a personal API token from your API tokens page."))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("Personal API token")));
	}

}
