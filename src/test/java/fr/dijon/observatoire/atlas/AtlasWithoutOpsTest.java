package fr.dijon.observatoire.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.indicators.IndicatorRun;
import fr.dijon.observatoire.ingest.InputPreparer;
import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.LoadProgress;
import fr.dijon.observatoire.ingest.rpls.RplsImportOptions;
import fr.dijon.observatoire.ingest.rpls.RplsImporter;
import fr.dijon.observatoire.sample.RplsSampleGenerator;
import fr.dijon.observatoire.sample.RplsVariant;
import fr.dijon.observatoire.store.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With only the public RPLS imported, the atlas still builds and says in words what it lacks. */
class AtlasWithoutOpsTest {

    @TempDir
    Path dir;

    @Test
    void sectionsWithoutDataSaySoAndKeepTheirPlace() throws Exception {
        Path rpls = dir.resolve("rpls2024.csv");
        RplsSampleGenerator.writeDijon(rpls, RplsVariant.PUBLIQUE, 3_000, 7L);
        Path site;
        try (Connection c = TestDatabase.open(dir)) {
            new RplsImporter().importFile(c, new InputPreparer(dir.resolve("tmp"), LoadProgress.NONE).prepare(rpls),
                    new RplsImportOptions(2024, 0.01, dir.resolve("rejets"), LoadProgress.NONE, LoadCheckpoint.NONE));
            IndicatorRun.of(c, Path.of("jobs"), YearMonth.of(2025, 3)).all(c);
            site = new AtlasBuilder(Path.of("reference-data"))
                    .build(c, "2025-03", dir.resolve("atlas"), LocalDateTime.of(2025, 4, 2, 3, 0)).getParent();
        }
        String home = Files.readString(site.resolve("index.html"));
        assertThat(home).contains("Aucune donnée OPS importée pour cette période",
                "Aucun comptage des partenaires importé pour cette période", "Sans-abrisme et Logement d’abord",
                "Méthodologie et sources", "RPLS 2024");
        String homelessness = Files.readString(site.resolve("sans-abrisme.html"));
        assertThat(homelessness).contains("Aucun comptage des partenaires importé").doesNotContain("<svg");
        Path anySheet;
        try (Stream<Path> sheets = Files.list(site.resolve("residences"))) {
            anySheet = sheets.findFirst().orElseThrow();
        }
        assertThat(Files.readString(anySheet)).contains("Aucune donnée OPS importée pour cette période", "estimation");
        assertThat(site.resolve("atlas-2025-03.pdf")).exists();
        assertThat(Files.readString(site.resolve("methodologie.html"))).contains("version publique\u202F: accessibilité estimée");
    }
}
