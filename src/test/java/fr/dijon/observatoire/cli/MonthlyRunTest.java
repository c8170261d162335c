package fr.dijon.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.sample.OpsSampleGenerator;
import fr.dijon.observatoire.sample.SampleInputs;
import fr.dijon.observatoire.store.ParisTime;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The monthly run on a real input folder: prepared first, imported in the order of the detected types. */
class MonthlyRunTest {

    private static final YearMonth PERIOD = YearMonth.now(ParisTime.ZONE).minusMonths(1);

    @TempDir
    Path dir;

    private static String sql(Path base, String query) {
        CliRun run = CliRun.of("sql", "--base", base.toString(), query);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    @Test
    void aZippedRplsIsImportedBeforeTheOpsAndUnreadableOpsFilesAreReportedAsOpsWithTheirReason() throws Exception {
        List<Path> sample = SampleInputs.writeAll(dir.resolve("echantillon"), Path.of("reference-data"), Path.of("jobs"),
                PERIOD);
        Path input = Files.createDirectories(dir.resolve("entree"));
        // The RPLS arrives zipped: read raw, its first bytes are « PK… », not a header. Its name sorts after the OPS's.
        zip(sample.get(0), input.resolve("z_rpls2024_dijon_metropole_loi.zip"));
        Files.copy(sample.get(2), input.resolve("ops2024_dijon_metropole.csv"));
        for (Path partners : sample.subList(sample.size() - 2, sample.size())) {
            Files.copy(partners, input.resolve(partners.getFileName()));
        }
        // An OPS whose header is fine but whose content is binary, and a truncated zipped OPS.
        byte[] header = (OpsSampleGenerator.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] garbage = new byte[4096];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i % 7 == 0 ? 0 : 0x41 + i % 26);
        }
        Files.write(input.resolve("ops2022_binaire.csv"), concat(header, garbage));
        Files.write(input.resolve("ops2023_tronque.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        Path base = dir.resolve("obs.duckdb");
        Path out = dir.resolve("sortie");

        CliRun run = CliRun.of("mensuel", "--periode", PERIOD.toString(), "--entree", input.toString(),
                "--base", base.toString(), "--sortie", out.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.out()).contains("z_rpls2024_dijon_metropole_loi.zip (RPLS) : chargé",
                "ops2024_dijon_metropole.csv (OPS) : chargé", "Traitement mensuel de " + PERIOD + " terminé");
        assertThat(run.err()).contains("ops2022_binaire.csv (OPS) : refusé", "ops2023_tronque.zip (OPS (d'après le nom "
                + "du fichier)) : refusé");

        // The OPS was imported after the stock it links to: its residence rows found their residences.
        assertThat(sql(base, "SELECT string_agg(type, ',' ORDER BY date_import) AS t FROM import_fichier "
                + "WHERE type IN ('rpls', 'ops')")).isEqualTo("t\n\"rpls,ops\"\n");
        // (the sample's survey has two addresses that exist in no RPLS: they stay unlinked).
        assertThat(sql(base, "SELECT count(*) - count(residence_id) AS non_rattachees, count(*) > 1000 AS enquete "
                + "FROM ops_occupation WHERE niveau <> 'commune'")).isEqualTo("non_rattachees,enquete\n2,true\n");

        JsonNode report = JsonMapper.builder().build().readTree(out.resolve("rapports").resolve(PERIOD + ".json").toFile());
        JsonNode binary = file(report, "ops2022_binaire.csv");
        assertThat(binary.get("type").asString()).isEqualTo("ops");
        assertThat(binary.get("statut").asString()).isEqualTo("refusé");
        assertThat(binary.get("motif").asString()).contains("n'est pas un fichier texte CSV");
        JsonNode truncated = file(report, "ops2023_tronque.zip");
        assertThat(truncated.get("type_libelle").asString()).isEqualTo("OPS (d'après le nom du fichier)");
        assertThat(truncated.get("motif").asString()).contains("illisible ou tronquée");
        assertThat(Files.readString(out.resolve("rapports").resolve(PERIOD + ".html")))
                .contains("<td>ops2022_binaire.csv</td><td>OPS</td><td>refusé</td>");

        // The monthly job ran the import job once per file, and the indicators, atlas and pack jobs, as its steps.
        assertThat(sql(base, "SELECT i.JOB_NAME AS job, count(*) AS n FROM BATCH_JOB_EXECUTION e "
                + "JOIN BATCH_JOB_INSTANCE i USING (JOB_INSTANCE_ID) GROUP BY 1 ORDER BY 1"))
                .isEqualTo("job,n\natlas,1\nimport,4\nindicateurs,1\nmensuel,1\npack-cil,1\n");
    }

    @Test
    void aFailedImportStopsTheRunNamingTheFileAndTheSameCommandResumesThatFileOnly() throws Exception {
        List<Path> sample = SampleInputs.writeAll(dir.resolve("echantillon"), Path.of("reference-data"), Path.of("jobs"),
                PERIOD);
        Path input = Files.createDirectories(dir.resolve("entree"));
        Files.copy(sample.get(0), input.resolve(sample.get(0).getFileName()));
        Path base = dir.resolve("obs.duckdb");
        String[] monthly = {"mensuel", "--periode", PERIOD.toString(), "--entree", input.toString(), "--base",
            base.toString(), "--sortie", dir.resolve("sortie").toString()};
        assertThat(CliRun.of(monthly).exitCode()).isZero();

        Files.copy(sample.get(2), input.resolve("ops2024_dijon_metropole.csv"));
        Path partners = sample.get(sample.size() - 1);
        Files.copy(partners, input.resolve(partners.getFileName()));
        System.setProperty("observatoire.panne", "apres-insertion");
        CliRun failed;
        try {
            failed = CliRun.of(monthly);
        } finally {
            System.clearProperty("observatoire.panne");
        }
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(failed.out()).contains("rpls2024_dijon_metropole_loi.csv (RPLS) : déjà importé",
                partners.getFileName() + " (comptages des partenaires) : non importé");
        assertThat(failed.err()).contains("import de ops2024_dijon_metropole.csv (OPS) : panne injectée au point "
                + "« apres-insertion »", "reprendra à l'étape en échec");
        assertThat(sql(base, "SELECT count(*) AS n FROM ops_occupation")).isEqualTo("n\n0\n");

        CliRun resumed = CliRun.of(monthly);
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("ops2024_dijon_metropole.csv (OPS) : chargé",
                partners.getFileName() + " (comptages des partenaires) : chargé");
        // The same monthly instance resumed, and in it the OPS file's own import job instance: failed, then completed.
        assertThat(sql(base, "SELECT string_agg(e.STATUS, '+' ORDER BY e.JOB_EXECUTION_ID) AS s FROM BATCH_JOB_EXECUTION e "
                + "JOIN BATCH_JOB_INSTANCE i USING (JOB_INSTANCE_ID) WHERE i.JOB_NAME = 'mensuel' GROUP BY i.JOB_INSTANCE_ID "
                + "ORDER BY min(e.JOB_EXECUTION_ID)")).isEqualTo("s\nCOMPLETED\nFAILED+COMPLETED\n");
        assertThat(sql(base, "SELECT string_agg(e.STATUS, '+' ORDER BY e.JOB_EXECUTION_ID) AS s FROM BATCH_JOB_EXECUTION e "
                + "JOIN BATCH_JOB_INSTANCE i USING (JOB_INSTANCE_ID) JOIN BATCH_JOB_EXECUTION_PARAMS p "
                + "ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'type' "
                + "WHERE i.JOB_NAME = 'import' AND p.PARAMETER_VALUE = 'ops'")).isEqualTo("s\nFAILED+COMPLETED\n");
        assertThat(sql(base, "SELECT count(DISTINCT annee_enquete) AS n FROM ops_occupation")).isEqualTo("n\n1\n");
    }

    private static JsonNode file(JsonNode report, String name) {
        for (JsonNode f : report.get("fichiers")) {
            if (f.get("fichier").asString().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("absent du rapport : " + name);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void zip(Path csv, Path target) throws Exception {
        try (OutputStream os = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry(csv.getFileName().toString()));
            Files.copy(csv, zip);
            zip.closeEntry();
        }
    }
}
