package fr.dijon.observatoire.indicators;


import fr.dijon.observatoire.ingest.InputPreparer;
import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.LoadProgress;
import fr.dijon.observatoire.ingest.RejectThreshold;
import fr.dijon.observatoire.ingest.ops.OpsImportOptions;
import fr.dijon.observatoire.ingest.ops.OpsImporter;
import fr.dijon.observatoire.ingest.partenaires.PartnerCountImporter;
import fr.dijon.observatoire.ingest.partenaires.PartnerCountOptions;
import fr.dijon.observatoire.ingest.rpls.RplsFixture;
import fr.dijon.observatoire.ingest.rpls.RplsImportOptions;
import fr.dijon.observatoire.ingest.rpls.RplsImporter;
import fr.dijon.observatoire.reference.IndicatorCatalogueLoader;
import fr.dijon.observatoire.sample.OpsSampleGenerator;
import fr.dijon.observatoire.store.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * The small hand-built datasets of the indicator tests: a database with the reference tables, and the RPLS, OPS and
 * partner files the tests write row by row, each value chosen so that the expected figures can be worked out by hand.
 */
final class GoldenDataset implements AutoCloseable {

    /** The second residence of the loi dataset: 3 avenue Jean Jaurès, Chenôve, in the QPV QN02101M. */
    static final Map<String, String> R2 = Map.of("DEPCOM", "21166", "LIBCOM", "Chenôve", "NUMVOIE", "3",
            "TYPVOIE", "AV", "NOMVOIE", "JEAN JAURES", "QPV_CODE", "QN02101M", "X", "851800,00", "Y", "6688900,00");

    final Path dir;
    final Connection c;

    GoldenDataset(Path dir) throws Exception {
        this.dir = dir;
        this.c = TestDatabase.open(dir);
    }

    /**
     * R1 in Dijon: T1 250 € (≤ 278,28 single), T2 350 € (> 340,62 couple), T3 380 € (≤ 383,28), T4 450 € (> 383,28 +
     * 55,79 = 439,07): 2 accessible out of 4. R2 in Chenôve (QPV): T3 390 € (> 383,28), T6 600 € (> 383,28 + 2 ×
     * 55,79 = 494,86): none. OPS 2024: R1 20 respondents, R2 30.
     */
    static GoldenDataset loi(Path dir) throws Exception {
        GoldenDataset d = new GoldenDataset(dir);
        d.rpls(RplsFixture.modern(true)
                .row(Map.of("NBPIECE", "1", "SURFHAB", "30", "LOYERPRINC", "250,00"))
                .row(Map.of("NBPIECE", "2", "SURFHAB", "45", "LOYERPRINC", "350,00"))
                .row(Map.of("NBPIECE", "3", "SURFHAB", "65", "LOYERPRINC", "380,00"))
                .row(Map.of("NBPIECE", "4", "SURFHAB", "80", "LOYERPRINC", "450,00"))
                .row(with(R2, "NBPIECE", "3", "SURFHAB", "60", "LOYERPRINC", "390,00"))
                .row(with(R2, "NBPIECE", "6", "SURFHAB", "100", "LOYERPRINC", "600,00")));
        d.ops(2024, 10);
        return d;
    }

    void rpls(RplsFixture fixture) throws Exception {
        Path file = fixture.write(dir.resolve("rpls2024.csv"));
        new RplsImporter().importFile(c, new InputPreparer(dir.resolve("tmp"), LoadProgress.NONE).prepare(file),
                new RplsImportOptions(2024, RejectThreshold.DEFAULT_SHARE, dir.resolve("rejets"), LoadProgress.NONE,
                        LoadCheckpoint.NONE));
    }

    /**
     * The OPS survey of a year: R1 has 20 respondents, {@code r1VeryLowIncome} of them (10 in the loi dataset's
     * 2024 survey) under 20 % of the PLUS ceilings and 14 − that number between 20 and 40 %; R2, 30 respondents.
     * R1's 5 recent movers are 3 under 20 % and 2 between 40 and 60 %: within its households whatever the year.
     */
    void ops(int year, int r1VeryLowIncome) throws Exception {
        String r1 = string("SELECT residence_id FROM residence WHERE depcom = '21231'");
        String r2 = string("SELECT residence_id FROM residence WHERE depcom = '21166'");
        Path file = Files.writeString(dir.resolve("ops" + year + ".csv"), OpsSampleGenerator.HEADER + "\n"
                + year + ";residence;" + r1 + ";21231;;;24;22;2;22;20;" + r1VeryLowIncome + ";" + (14 - r1VeryLowIncome)
                + ";2;3;1;12;8;3;5;4;2;1;6;9;4;30;18;6;6;5;3;0;2;0;0;3;1\n"
                + year + ";residence;" + r2 + ";21166;;;34;32;2;32;30;3;6;9;8;4;9;12;6;9;3;1;1;9;14;6;50;40;4;6;6;1;1;2;1;1;2;1\n");
        new OpsImporter().importFile(c, new InputPreparer(dir.resolve("tmp"), LoadProgress.NONE).prepare(file),
                new OpsImportOptions(RejectThreshold.DEFAULT_SHARE, dir.resolve("rejets"), LoadProgress.NONE,
                        LoadCheckpoint.NONE));
    }

    /** Partner counts, one « periode;partenaire;indicateur;territoire;valeur » line each. */
    void partners(String rows) throws Exception {
        new IndicatorCatalogueLoader(Path.of("jobs")).load(c);
        Path file = Files.writeString(dir.resolve("partenaires.csv"),
                "periode;partenaire;indicateur;territoire;valeur\n" + rows);
        new PartnerCountImporter().importFile(c, new InputPreparer(dir.resolve("tmp"), LoadProgress.NONE).prepare(file),
                new PartnerCountOptions(RejectThreshold.DEFAULT_SHARE, dir.resolve("rejets"), YearMonth.of(2026, 11),
                        LoadProgress.NONE, LoadCheckpoint.NONE));
    }

    void compute(YearMonth period) throws Exception {
        IndicatorRun.of(c, Path.of("jobs"), period).all(c);
    }

    double number(String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    String string(String sql) throws Exception {
        return TestDatabase.string(c, sql);
    }

    static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> map = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Override
    public void close() throws Exception {
        c.close();
    }
}
