package fr.dijon.observatoire.batch;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/** Root of the Spring wiring: the batch jobs and the services the commands call. Nothing else knows Spring. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = ObservatoireBatchApplication.class)
public class ObservatoireBatchApplication {
}
