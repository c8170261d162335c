package fr.dijon.observatoire.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

/**
 * Generates an OPS extract for the RPLS sample, one row per address, in the observatory's OPS format: the
 * occupants' poverty follows the stock (QPV, very social or pre-1977 financing, intermediate rents) with a
 * random effect per address, so that the sample holds both fragile and balanced residences. Two addresses
 * that exist in no RPLS file are added, as a landlord's typing errors would be, to show unlinked rows.
 */
public final class OpsSampleGenerator {

    public static final String HEADER = "annee_enquete;niveau;identifiant_residence;depcom;adresse;perimetre;"
            + "logements;logements_occupes;logements_vacants;menages_enquetes;menages_repondants;"
            + "rev_moins_20;rev_20_40;rev_40_60;rev_60_100;rev_plus_100;menages_apl;"
            + "personnes_seules;couples_sans_enfant;couples_avec_enfants;familles_monoparentales;familles_nombreuses;"
            + "titulaire_moins_25;titulaire_25_39;titulaire_40_64;titulaire_65_plus;"
            + "adultes;adultes_emploi;adultes_chomage;adultes_inactifs;"
            + "em_menages_repondants;em_rev_moins_20;em_rev_20_40;em_rev_40_60;em_rev_60_100;em_rev_plus_100;"
            + "em_menages_apl;em_familles_monoparentales";

    private final Path referenceDir;

    public OpsSampleGenerator(Path referenceDir) {
        this.referenceDir = referenceDir;
    }

    /** Writes the survey of {@code year} (2024 follows the stock; earlier years drift back a little). */
    public void write(Path rplsLoiFile, Path out, int year, long seed) throws IOException {
        List<OpsAddress> addresses = OpsAddressReader.read(rplsLoiFile, referenceDir, 2024);
        SeededRandom addressEffects = new SeededRandom(SeededRandom.derive(seed, 1));
        SeededRandom draws = new SeededRandom(SeededRandom.derive(seed, year));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(HEADER);
            w.write("\r\n");
            for (OpsAddress a : addresses) {
                double effect = addressEffects.gaussian(0, 0.16);
                double drift = (2024 - year) * 0.015 + draws.gaussian(0, 0.03);
                double poverty = clamp(0.26 + (a.inQpv() ? 0.24 : 0) + 0.18 * a.cheapShare()
                        - 0.22 * a.expensiveShare() + effect - drift);
                writeRow(w, year, a, poverty, draws);
            }
            writeRow(w, year, new OpsAddress("21231", "3 rue Imaginaire", false, 12, 11, 0, 0, 2), 0.3, draws);
            writeRow(w, year, new OpsAddress("21166", "15 allée du Mail Inconnu", true, 24, 22, 24, 0, 4), 0.6, draws);
        }
    }

    private static void writeRow(BufferedWriter w, int year, OpsAddress a, double poverty, SeededRandom random)
            throws IOException {
        int occupied = Math.max(a.let(), Math.min(a.dwellings(), (int) Math.round(a.dwellings() * 0.95)));
        int surveyed = occupied;
        int respondents = (int) Math.round(surveyed * (0.70 + 0.25 * random.nextDouble()));
        OpsHouseholds all = OpsHouseholds.draw(random, respondents, poverty);
        int recent = Math.min(respondents, Math.max(0, (int) Math.round(a.recentLeases() * (0.6 + 0.3 * random.nextDouble()))));
        OpsHouseholds movers = all.movers(random, recent);
        StringJoiner row = new StringJoiner(";");
        row.add(Integer.toString(year)).add("adresse").add("").add(a.depcom()).add(a.address()).add("");
        add(row, a.dwellings(), occupied, a.dwellings() - occupied, surveyed, respondents);
        add(row, all.bands);
        add(row, all.apl, all.single, all.coupleNoChild, all.coupleChildren, all.singleParent, all.largeFamily);
        add(row, all.holderAge);
        add(row, all.adults, all.employed, all.jobSeekers, all.inactive);
        add(row, movers.respondents);
        add(row, movers.bands);
        add(row, movers.apl, movers.singleParent);
        w.write(row.toString());
        w.write("\r\n");
    }

    private static void add(StringJoiner row, int... values) {
        for (int v : values) {
            row.add(Integer.toString(v));
        }
    }

    private static double clamp(double p) {
        return Math.max(0.03, Math.min(0.92, p));
    }
}
