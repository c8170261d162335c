package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.batch.ObservatoireBatchApplication;
import fr.dijon.observatoire.store.DuckDbStore;
import fr.dijon.observatoire.store.SchemaMigrator;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring wiring for a command that runs jobs, on the chosen DuckDB file. The schema is migrated
 * first, on a plain connection, which also reports at once a database held by another process.
 */
final class AppContext implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AppContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static AppContext start(GlobalOptions options, Map<String, String> extra) throws Exception {
        DuckDbStore store = new DuckDbStore(options.database());
        try (Connection c = store.open()) {
            new SchemaMigrator().migrate(c);
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", store.jdbcUrl());
        properties.put("spring.datasource.driver-class-name", "org.duckdb.DuckDBDriver");
        properties.put("spring.datasource.hikari.maximum-pool-size", "4");
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        properties.put("spring.datasource.hikari.connection-init-sql", "SET TimeZone = 'Europe/Paris'");
        properties.put("spring.batch.job.enabled", "false");
        properties.put("spring.sql.init.mode", "never");
        properties.put("logging.level.root", options.debug() ? "INFO" : "OFF");
        properties.put("observatoire.sortie", options.outputDir().toString());
        properties.put("observatoire.referentiel", options.projectHome().resolve("reference-data").toString());
        properties.put("observatoire.jobs", options.projectHome().resolve("jobs").toString());
        properties.putAll(extra);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ObservatoireBatchApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(properties)
                .run();
        return new AppContext(context);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
