package fr.dijon.observatoire.batch;

import org.springframework.batch.core.configuration.support.JdbcDefaultBatchConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Isolation;

/**
 * Keeps Spring Batch's JobRepository in the observatory's DuckDB file. DuckDB is unknown to Batch: its SQL is
 * close enough to PostgreSQL's, and it refuses SERIALIZABLE, so job creation uses the default isolation. The
 * schema is created by our own idempotent script ({@code db/V001__spring_batch.sql}).
 */
@Configuration(proxyBeanMethods = false)
public class DuckDbBatchConfiguration extends JdbcDefaultBatchConfiguration {

    @Override
    protected String getDatabaseType() {
        return "POSTGRES";
    }

    @Override
    protected Isolation getIsolationLevelForCreate() {
        return Isolation.DEFAULT;
    }
}
