package fr.dijon.observatoire.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.indicators.IndicatorRun;
import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.rpls.RplsFixture;
import fr.dijon.observatoire.pack.CilPack;
import fr.dijon.observatoire.sample.RplsSampleGenerator;
import fr.dijon.observatoire.sample.RplsVariant;
import fr.dijon.observatoire.store.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stock wider than the metropolis: the sample's loi extract of Dijon Métropole layered with a public file of
 * Beaune (same département), Auxerre (same region) and Paris (another region, 400 dwellings). The publication compares the
 * metropolis with its département, its region and France, each figure equal to a count written here from the
 * rules over the effective stock; the atlas shows them beside the communes, the pack carries them.
 */
class WiderStockTest {

    private static final String PERIOD = "2025-03";

    @TempDir
    Path dir;

    private static long count(Connection c, String sql) throws Exception {
        return TestDatabase.count(c, sql);
    }

    private static String value(Connection c, String level, String indicator, String modality) throws Exception {
        return TestDatabase.string(c, "SELECT CAST(valeur AS VARCHAR) FROM main.mart_comparaison_parc WHERE periode = '"
                + PERIOD + "' AND niveau = '" + level + "' AND indicateur = '" + indicator + "' AND modalite "
                + (modality == null ? "IS NULL" : "= '" + modality + "'"));
    }

    @Test
    void theMetropolisIsComparedWithItsDepartementRegionAndFrance() throws Exception {
        Path loi = dir.resolve("rpls2024_dijon_loi.csv");
        RplsSampleGenerator.writeDijon(loi, RplsVariant.LOI, 3_000, 7L);
        RplsFixture wider = RplsFixture.modern(false);
        for (int i = 0; i < 30; i++) {
            wider.row(Map.of("DEPCOM", "21054", "LIBCOM", "Beaune", "NOMVOIE", "DES TONNELIERS", "NUMVOIE", "" + (i / 10 + 1),
                    "NBPIECE", i < 12 ? "1" : "4", "DPEENERGIE", i < 5 ? "G" : "C", "X", "839900", "Y", "6664800"));
        }
        for (int i = 0; i < 20; i++) {
            wider.row(Map.of("DEPCOM", "89024", "LIBCOM", "Auxerre", "DEP_CODE", "89", "NOMVOIE", "DU PONT", "NBPIECE", "2",
                    "FINAN_CODE", "10", "X", "742000", "Y", "6743000"));
        }
        for (int i = 0; i < 400; i++) {
            wider.row(Map.of("DEPCOM", "75056", "LIBCOM", "Paris", "DEP_CODE", "75", "REG_CODE", "11", "NOMVOIE",
                    "DE RIVOLI", "NBPIECE", "5", "X", "652000", "Y", "6862000"));
        }
        Path site;
        Path pack;
        try (Connection c = TestDatabase.open(dir)) {
            RplsFixture.importFile(c, dir, wider.write(dir.resolve("rpls2024_public.csv")), 2024, LoadCheckpoint.NONE);
            RplsFixture.importFile(c, dir, loi, 2024, LoadCheckpoint.NONE);
            IndicatorRun.of(c, Path.of("jobs"), YearMonth.parse(PERIOD)).all(c);

            String metropolis = "depcom IN (SELECT code_insee FROM ref_commune WHERE epci_siren = '242100410')";
            long dijon = count(c, "SELECT count(*) FROM rpls_logement_effectif WHERE millesime = 2024 AND " + metropolis);
            assertThat(dijon).isEqualTo(3_000);
            assertThat(TestDatabase.string(c, "SELECT string_agg(niveau || ':' || territoire || ':' || libelle || ':' "
                    + "|| CAST(valeur AS BIGINT), ' ' ORDER BY CASE niveau WHEN 'epci' THEN 1 WHEN 'departement' THEN 2 "
                    + "WHEN 'region' THEN 3 ELSE 4 END) FROM main.mart_comparaison_parc WHERE periode = '" + PERIOD
                    + "' AND indicateur = 'logements'")).isEqualTo("epci:242100410:Dijon Métropole:" + dijon
                    + " departement:21:Côte-d'Or:" + (dijon + 30) + " region:27:Bourgogne-Franche-Comté:" + (dijon + 50)
                    + " france:FR:France:" + (dijon + 450));

            long frT1 = count(c, "SELECT count(*) FROM rpls_logement_effectif WHERE millesime = 2024 AND nbpiece <= 1");
            assertThat(Double.parseDouble(value(c, "france", "typologie", "T1")))
                    .isEqualTo(Math.round(1000.0 * frT1 / (dijon + 450)) / 1000.0);
            long depKnown = count(c, "SELECT count(*) FROM rpls_logement_effectif WHERE millesime = 2024 AND dep = '21' "
                    + "AND dpeenergie IS NOT NULL");
            long depG = count(c, "SELECT count(*) FROM rpls_logement_effectif WHERE millesime = 2024 AND dep = '21' "
                    + "AND dpeenergie = 'G'");
            assertThat(Double.parseDouble(value(c, "departement", "dpe", "G")))
                    .isEqualTo(Math.round(1000.0 * depG / depKnown) / 1000.0);
            long regionPlai = count(c, "SELECT count(*) FROM rpls_logement_effectif WHERE millesime = 2024 AND dep IN "
                    + "('21', '89') AND finan_groupe = 'PLAI' AND NOT finan_avant_1977");
            assertThat(Double.parseDouble(value(c, "region", "financement", "PLAI")))
                    .isEqualTo(Math.round(1000.0 * regionPlai / (dijon + 50)) / 1000.0);
            // Rents: the metropolis's, from its loi rows; the département's (99 % loi rows) is the same; none for France,
            // where 13 % of the dwellings come from the public file, without rents.
            double rent = Double.parseDouble(TestDatabase.string(c, "SELECT CAST(round(sum(loyerprinc) / sum(surfhab), 2) "
                    + "AS VARCHAR) FROM rpls_logement_effectif WHERE millesime = 2024 AND loyerprinc IS NOT NULL "
                    + "AND surfhab > 0 AND " + metropolis));
            assertThat(Double.parseDouble(value(c, "epci", "loyer_m2", null))).isEqualTo(rent).isBetween(3.0, 12.0);
            assertThat(value(c, "departement", "loyer_m2", null)).isEqualTo(value(c, "epci", "loyer_m2", null));
            assertThat(value(c, "france", "loyer_m2", null)).isNull();

            site = new AtlasBuilder(Path.of("reference-data"))
                    .build(c, PERIOD, dir.resolve("atlas"), LocalDateTime.of(2025, 4, 2, 3, 0)).getParent();
            pack = new CilPack(Path.of("reference-data")).build(c, PERIOD, dir.resolve("packs"),
                    LocalDateTime.of(2025, 4, 2, 3, 0));
        }
        String communes = Files.readString(site.resolve("communes.html"));
        String table = communes.substring(communes.indexOf("id=\"comparaison-parc\""));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table).contains(">Dijon Métropole<", ">Côte-d’Or<", ">Bourgogne-Franche-Comté<", ">France<",
                "Loyer moyen au m²", "Étiquette DPE G");
        assertThat(table.replace('\u202F', ' ').replace('\u00A0', ' ')).contains(">3 450<", ">3 030<");
        String csv = entry(pack, "comparaisons_parc.csv");
        assertThat(csv).contains("france;FR;France;parc;logements;;3450;", "departement;21;Côte-d'Or;parc;logements;;3030;");
        assertThat(entry(pack, "adresses.csv")).startsWith("\uFEFFresidence_id;adresse;");
    }

    private static String entry(Path zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    in.transferTo(out);
                    return out.toString(StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " absent du pack");
    }
}
