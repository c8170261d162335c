package fr.dijon.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import fr.dijon.observatoire.atlas.HeadlessChromium;
import org.junit.jupiter.api.io.TempDir;

/** The demo pipeline end to end on the generated Dijon sample, then checks on what it publishes. */
class DemoPipelineTest {

    @TempDir
    Path dir;

    private static Path demoBase;
    private static CliRun demo;

    @BeforeAll
    static void runDemo() {
        demo = SharedDemo.run();
        demoBase = SharedDemo.dir().resolve("observatoire.duckdb");
    }

    @AfterEach
    void clearFailure() {
        System.clearProperty("observatoire.panne");
    }

    private Path copy() throws Exception {
        Path copy = dir.resolve("copie.duckdb");
        Files.copy(demoBase, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private static String sql(Path base, String query) {
        return CliRun.of("sql", "--base", base.toString(), query).out();
    }

    @Test
    void theDemoImportsEverythingAndComputesThePlausibleIndicators() {
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("rpls2024_dijon_metropole_loi.csv : importé", "ops2024_dijon_metropole.csv : importé",
                "ligne(s) non rattachée(s)", "révision", "Indicateurs de " + YearMonth.now(fr.dijon.observatoire.store.ParisTime.ZONE).minusMonths(1) + " calculés");
        List<String> classes = sql(demoBase, "SELECT classe_fragilite, count(*) AS n FROM mart_residence "
                + "WHERE classe_fragilite IS NOT NULL GROUP BY 1 ORDER BY 1").lines().skip(1).toList();
        assertThat(classes).hasSize(3);
        for (String line : classes) {
            int count = Integer.parseInt(line.substring(line.lastIndexOf(',') + 1));
            assertThat(count).as(line).isGreaterThanOrEqualTo(20);
        }
        String access = sql(demoBase, "SELECT count(DISTINCT classe_accessibilite) AS n, "
                + "count(*) FILTER (WHERE croisement = 'accessible et non fragile') AS ok FROM mart_residence");
        assertThat(access.lines().skip(1).findFirst().orElseThrow()).matches("3,[1-9][0-9]+");
    }

    private static Path atlas() {
        return SharedDemo.dir().resolve("atlas").resolve(YearMonth.now(fr.dijon.observatoire.store.ParisTime.ZONE).minusMonths(1).toString());
    }

    private static String url(Path page, String query) {
        return page.toUri() + (query == null ? "" : "?" + query);
    }

    @Test
    void theAtlasHomePageLoadsWithoutConsoleErrorsAndIsScreenshotted() throws Exception {
        assertThat(demo.out()).contains("Atlas de ", "index.html");
        Path png = Path.of("target", "atlas-accueil.png");
        HeadlessChromium.screenshot(url(atlas().resolve("index.html"), null), png, dir.resolve("profil"));
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(20_000);
        HeadlessChromium.Result home = HeadlessChromium.dumpDom(url(atlas().resolve("index.html"), null), dir.resolve("p2"));
        assertThat(home.consoleErrors()).isEmpty();
        assertThat(home.dom()).contains("<html lang=\"fr\">", "Chiffres clés de la métropole", "data-couches=");
    }

    @Test
    void theInteractiveMapHasItsThreeLayersAndEveryResidence() throws Exception {
        HeadlessChromium.Result map = HeadlessChromium.dumpDom(url(atlas().resolve("carte.html"), null), dir.resolve("p"));
        assertThat(map.consoleErrors()).isEmpty();
        assertThat(map.dom()).contains("data-couches=\"communes,qpv,residences\"", "leaflet-interactive",
                "Accessibilité et fragilité croisées");
        String count = sql(demoBase, "SELECT count(*) AS n FROM mart_residence WHERE lon IS NOT NULL").lines().skip(1)
                .findFirst().orElseThrow();
        assertThat(map.dom()).contains("data-residences=\"" + count + "\"");
    }

    @Test
    void theResidenceSearchFiltersTheTable() throws Exception {
        HeadlessChromium.Result all = HeadlessChromium.dumpDom(url(atlas().resolve("residences.html"), null), dir.resolve("p"));
        HeadlessChromium.Result chenove = HeadlessChromium.dumpDom(url(atlas().resolve("residences.html"), "q=Chen%C3%B4ve"),
                dir.resolve("p2"));
        int total = rows(all.dom());
        int filtered = rows(chenove.dom());
        assertThat(total).isGreaterThan(1000);
        assertThat(filtered).isPositive().isLessThan(total);
        assertThat(chenove.consoleErrors()).isEmpty();
    }

    private static int rows(String dom) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-lignes=\"(\\d+)\"").matcher(dom);
        assertThat(m.find()).as("le tableau indique son nombre de lignes").isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aCommuneSheetAndAResidenceSheetOpen() throws Exception {
        HeadlessChromium.Result commune = HeadlessChromium.dumpDom(url(atlas().resolve("communes/21166.html"), null),
                dir.resolve("p"));
        assertThat(commune.dom()).contains("<h1>Chenôve</h1>", "Chiffres clés, comparés à la métropole", "<svg",
                "Logements par typologie");
        String id = sql(demoBase, "SELECT min(residence_id) AS id FROM mart_residence WHERE classe_fragilite IS NOT NULL")
                .lines().skip(1).findFirst().orElseThrow();
        HeadlessChromium.Result residence = HeadlessChromium.dumpDom(url(atlas().resolve("residences/" + id + ".html"), null),
                dir.resolve("p2"));
        assertThat(residence.dom()).contains("Fragilité de l’occupation", "indice composite", "comparées à la métropole");
        assertThat(residence.consoleErrors()).isEmpty();
    }

    @Test
    void aStreetNameWithAScriptIsShownAsTextAndNeverRuns() throws Exception {
        Path base = copy();
        String id;
        try (var c = new fr.dijon.observatoire.store.DuckDbStore(base).open(); var st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT min(residence_id) FROM mart_residence")) {
                rs.next();
                id = rs.getString(1);
            }
            st.execute("UPDATE mart_residence SET adresse = '<script>document.title=\"PIRATE\"</script>\" "
                    + "onmouseover=\"document.title=''PIRATE''' WHERE residence_id = '" + id + "'");
            new fr.dijon.observatoire.atlas.AtlasBuilder(Path.of("reference-data")).build(c,
                    YearMonth.now(fr.dijon.observatoire.store.ParisTime.ZONE).minusMonths(1).toString(), dir.resolve("atlas"), java.time.LocalDateTime.of(2026, 1, 1, 0, 0));
        }
        Path site = dir.resolve("atlas").resolve(YearMonth.now(fr.dijon.observatoire.store.ParisTime.ZONE).minusMonths(1).toString());
        for (String page : List.of("residences.html", "residences/" + id + ".html", "carte.html")) {
            HeadlessChromium.Result result = HeadlessChromium.dumpDom(url(site.resolve(page), null), dir.resolve("p-" + page.length()));
            assertThat(result.dom()).as(page).doesNotContain("<title>PIRATE").doesNotContain("<script>document.title");
            assertThat(result.consoleErrors()).as(page).isEmpty();
        }
        assertThat(Files.readString(site.resolve("residences/" + id + ".html")))
                .contains("&lt;script&gt;document.title=\"PIRATE\"&lt;/script&gt;").doesNotContain("<script>document");
        assertThat(Files.readString(site.resolve("donnees/residences.js"))).containsIgnoringCase("\\u003cscript\\u003e")
                .doesNotContain("<script>");
    }

    @Test
    void thePdfAtlasHasItsPagesEmbeddedFontsAndExtractableText() throws Exception {
        Path pdf = atlas().resolve("atlas-" + YearMonth.now(fr.dijon.observatoire.store.ParisTime.ZONE).minusMonths(1) + ".pdf");
        int communes = Integer.parseInt(sql(demoBase, "SELECT count(DISTINCT territoire) AS n FROM mart_territoire "
                + "WHERE niveau = 'commune'").lines().skip(1).findFirst().orElseThrow());
        int qpv = Integer.parseInt(sql(demoBase, "SELECT count(DISTINCT territoire) AS n FROM mart_territoire "
                + "WHERE niveau = 'qpv'").lines().skip(1).findFirst().orElseThrow());
        String info = tool("pdfinfo", pdf.toString());
        java.util.regex.Matcher pages = java.util.regex.Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertThat(pages.find()).isTrue();
        assertThat(Integer.parseInt(pages.group(1))).isGreaterThanOrEqualTo(2 + 2 + communes + qpv + 2);
        String fonts = tool("pdffonts", pdf.toString());
        List<String> fontLines = fonts.lines().skip(2).toList();
        assertThat(fontLines).isNotEmpty().allMatch(l -> l.contains("DejaVu") && l.contains(" yes yes yes "));
        String text = tool("pdftotext", pdf.toString(), "-");
        // pdftotext writes the narrow no-break spaces of French typography as plain spaces.
        assertThat(text).contains("Atlas du parc social", "Sommaire", "Chenôve", "Quartier prioritaire : Le Mail",
                "valeur couverte par le secret statistique", "page 3", "Méthodologie et sources");
    }

    private static String tool(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + " : " + out).isZero();
        return out;
    }

    @Test
    void aFailedAtlasBuildLeavesThePreviousAtlasIntact() throws Exception {
        Path out = dir.resolve("sortie");
        Path base = copy();
        String period = YearMonth.now(fr.dijon.observatoire.store.ParisTime.ZONE).minusMonths(1).toString();
        CliRun first = CliRun.of("atlas", "--periode", period, "--base", base.toString(), "--sortie", out.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path index = out.resolve("atlas").resolve(period).resolve("index.html");
        String before = Files.readString(index);

        System.setProperty("observatoire.panne", "atlas");
        CliRun failed = CliRun.of("atlas", "--periode", period, "--base", base.toString(), "--sortie", out.toString());
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("L'atlas précédent est intact");
        assertThat(Files.readString(index)).isEqualTo(before);
        try (var files = Files.list(out.resolve("atlas"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(period);
        }
    }

    @Test
    void twoBuildsOfTheSameInputsDifferOnlyByTheirStamp() throws Exception {
        Path base = copy();
        String period = YearMonth.now(fr.dijon.observatoire.store.ParisTime.ZONE).minusMonths(1).toString();
        try (var c = new fr.dijon.observatoire.store.DuckDbStore(base).open()) {
            var builder = new fr.dijon.observatoire.atlas.AtlasBuilder(Path.of("reference-data"));
            builder.build(c, period, dir.resolve("a"), java.time.LocalDateTime.of(2026, 1, 1, 8, 0));
            builder.build(c, period, dir.resolve("b"), java.time.LocalDateTime.of(2026, 2, 2, 9, 30));
        }
        Path a = dir.resolve("a").resolve(period);
        Path b = dir.resolve("b").resolve(period);
        List<Path> files;
        try (var walk = Files.walk(a)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(html|js|css)$")).toList();
        }
        assertThat(files).hasSizeGreaterThan(1000);
        for (Path file : files) {
            String left = Files.readString(file).replaceAll("Atlas généré le [^—]*—", "");
            String right = Files.readString(b.resolve(a.relativize(file))).replaceAll("Atlas généré le [^—]*—", "");
            assertThat(right).as(a.relativize(file).toString()).isEqualTo(left);
        }
    }

    @Test
    void theVerifierFindsNoBreachInTheDemoAndCatchesATrueValueWrittenIntoTheirPack() throws Exception {
        assertThat(demo.out()).contains("Pack de la CIL de ", "Secret statistique respecté");
        String period = YearMonth.now(fr.dijon.observatoire.store.ParisTime.ZONE).minusMonths(1).toString();
        Path pack = SharedDemo.dir().resolve("packs").resolve("pack-cil-" + period + ".zip");
        // A commune whose share of very low incomes is masked as primary (1 to 10 households), with published respondents.
        String row = sql(demoBase, "SELECT t.territoire, round(k.valeur / r.valeur, 2) AS part FROM calcul.secret_forme k "
                + "JOIN mart_territoire t ON k.forme = 'ops:' || t.annee_ops || ':commune:' || t.territoire || ':rev_moins_20' "
                + "JOIN mart_territoire r ON r.territoire = t.territoire AND r.niveau = 'commune' AND r.indicateur = 'menages_repondants' AND r.valeur IS NOT NULL "
                + "WHERE k.raison = 'primaire' AND t.indicateur = 'tres_bas_revenus' AND t.niveau = 'commune' "
                + "ORDER BY 1 LIMIT 1").lines().skip(1).findFirst().orElseThrow();
        String commune = row.substring(0, row.indexOf(','));
        String share = row.substring(row.indexOf(',') + 1).replace('.', ',');
        Path tampered = dir.resolve("sortie").resolve("packs").resolve("pack-cil-" + period + ".zip");
        Files.createDirectories(tampered.getParent());
        rewrite(pack, tampered, "communes.csv", line -> line.startsWith("commune;" + commune + ";")
                && line.contains(";tres_bas_revenus;OPS;;s;") ? line.replace(";tres_bas_revenus;OPS;;s;",
                ";tres_bas_revenus;OPS;" + share + ";;") : line);
        CliRun broken = CliRun.of("verifier-secret", "--sortie", dir.resolve("sortie").toString(), "--periode", period);
        assertThat(broken.exitCode()).as(broken.out() + broken.err()).isEqualTo(1);
        assertThat(broken.out()).contains("Secret statistique en défaut", "compte déduit", "commune " + commune
                + ", tres_bas_revenus");
    }

    /** Copies a pack, passing each line of one of its tables through {@code edit}. */
    private static void rewrite(Path from, Path to, String table, java.util.function.UnaryOperator<String> edit)
            throws Exception {
        try (var in = new java.util.zip.ZipFile(from.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (var e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(table)) {
                    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    bytes = String.join("\r\n", java.util.Arrays.stream(text.split("\r\n", -1)).map(edit).toList())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.write(bytes);
            }
        }
    }

    @Test
    void aFailedIndicatorRunResumesAtTheFailedStepAndGivesIdenticalResults() throws Exception {
        Path base = copy();
        String period = YearMonth.now(fr.dijon.observatoire.store.ParisTime.ZONE).minusMonths(2).toString();
        String fingerprint = "SELECT count(*) AS n, sum(hash(t.*)) AS h FROM mart_territoire t";

        System.setProperty("observatoire.panne", "indicateurs-marts");
        CliRun failed = CliRun.of("indicateurs", "--periode", period, "--base", base.toString());
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("panne injectée", "reprendra à l'étape en échec");

        System.clearProperty("observatoire.panne");
        CliRun resumed = CliRun.of("indicateurs", "--periode", period, "--base", base.toString());
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(sql(base, "SELECT string_agg(STEP_NAME || '=' || STATUS, ' ' ORDER BY STEP_EXECUTION_ID) AS s "
                + "FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = (SELECT max(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)"))
                .isEqualTo("s\nmarts=COMPLETED controles=COMPLETED publication=COMPLETED\n");
        String afterRestart = sql(base, fingerprint);

        try (var c = new fr.dijon.observatoire.store.DuckDbStore(base).open()) {
            fr.dijon.observatoire.indicators.IndicatorRun.of(c, Path.of("jobs"), YearMonth.parse(period)).all(c);
        }
        assertThat(sql(base, fingerprint)).isEqualTo(afterRestart);
    }
}
