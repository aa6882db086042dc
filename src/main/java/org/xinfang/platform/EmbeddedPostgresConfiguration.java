package org.xinfang.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The zero-setup database: when no {@code spring.datasource.url} is configured, the application starts a real
 * PostgreSQL of its own ({@link EmbeddedDatabase}). With a data directory the data survives restarts (the demo
 * server); without one a throw-away cluster is made in a temporary folder (the tests). It is durable unless
 * {@code xinfang.embedded-db.durable} is false, which only the test suite sets.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${xinfang.embedded-db.data-dir:}") String dataDir,
                                      @Value("${xinfang.embedded-db.durable:true}") boolean durable) throws IOException {
        return EmbeddedDatabase.start(Optional.of(dataDir).filter(d -> !d.isBlank()).map(Path::of), durable);
    }

    /** The pool, set up on connecting as a configured one is ({@code spring.datasource.hikari.connection-init-sql}). */
    @Bean
    DataSource dataSource(EmbeddedDatabase database,
                          @Value("${spring.datasource.hikari.connection-init-sql:}") String connectionInitSql) {
        HikariDataSource ds = new HikariDataSource();
        if (!connectionInitSql.isBlank()) {
            ds.setConnectionInitSql(connectionInitSql);
        }
        ds.setJdbcUrl(database.jdbcUrl());
        ds.setUsername(EmbeddedDatabase.SUPERUSER);
        ds.setPassword(database.password());
        ds.setMaximumPoolSize(10);
        return ds;
    }
}
