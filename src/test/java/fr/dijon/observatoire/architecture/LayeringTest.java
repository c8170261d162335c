package fr.dijon.observatoire.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Domain code is plain Java: only the wiring layers (batch, cli) know Spring; the domain never calls them. */
class LayeringTest {

    private static final String[] DOMAIN = {
        "fr.dijon.observatoire.store..", "fr.dijon.observatoire.reference..", "fr.dijon.observatoire.ingest..",
        "fr.dijon.observatoire.indicators..", "fr.dijon.observatoire.geo..", "fr.dijon.observatoire.atlas..",
        "fr.dijon.observatoire.pack..", "fr.dijon.observatoire.sample..", "fr.dijon.observatoire.format..",
        "fr.dijon.observatoire.run..", "fr.dijon.observatoire.benchmark.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.dijon.observatoire");

    @Test
    void domainCodeDoesNotDependOnSpring() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void domainCodeDoesNotDependOnTheWiringLayers() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("fr.dijon.observatoire.batch..",
                        "fr.dijon.observatoire.cli..")
                .check(classes);
    }

    @Test
    void batchWiringDoesNotDependOnTheCommandLine() {
        noClasses().that().resideInAPackage("fr.dijon.observatoire.batch..")
                .should().dependOnClassesThat().resideInAPackage("fr.dijon.observatoire.cli..")
                .check(classes);
    }
}
