package fr.dijon.observatoire.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The witness shortcut of the occupancy attack never hides a breach: on random packs (communes, QPV sides, units
 * with nested counts, shares masked at random, territorial totals published or not), the attack with the shortcut
 * finds exactly the breaches that the attack solving every linear program finds.
 */
class WitnessTest {

    @TempDir
    Path dir;

    @Test
    void theShortcutFindsWhatTheExactProgramsFind() throws Exception {
        int withBreaches = 0;
        int shortcuts = 0;
        for (int seed = 1; seed <= 25; seed++) {
            PublishedPack pack = PublishedPack.read(randomPack(new Random(seed)).write(dir.resolve(seed + ".zip"), 11));
            OccupancyAttack withWitnesses = new OccupancyAttack(11, true);
            List<String> quick = sorted(withWitnesses.attack(pack));
            shortcuts += withWitnesses.shortcuts();
            List<String> exact = sorted(new OccupancyAttack(11, false).attack(pack));
            assertThat(quick).as("graine " + seed).isEqualTo(exact);
            withBreaches += exact.isEmpty() ? 0 : 1;
        }
        assertThat(withBreaches).as("des paquets aléatoires avec et sans fuite").isBetween(3, 22);
        assertThat(shortcuts).as("des unités prouvées sans programme linéaire").isGreaterThan(50);
    }

    private static List<String> sorted(List<Breach> breaches) {
        return breaches.stream().map(b -> b.attack() + " | " + b.figure() + " | " + b.detail())
                .sorted(Comparator.naturalOrder()).toList();
    }

    private static TestPack randomPack(Random random) {
        TestPack pack = new TestPack();
        long[] qpvRespondents = new long[3];
        long[][] qpvTotals = new long[3][3];
        for (int commune = 1; commune <= 3; commune++) {
            String code = "2100" + commune;
            long respondentsOfCommune = 0;
            long[] communeTotals = new long[3];
            int units = 2 + random.nextInt(6);
            for (int u = 0; u < units; u++) {
                int side = random.nextInt(3);
                long respondents = 11 + random.nextInt(30);
                long plai = random.nextInt((int) respondents + 1);
                long tbr = random.nextInt((int) plai + 1);
                long apl = random.nextInt((int) respondents + 1);
                long[] counts = {tbr, plai, apl};
                String[] shares = {"", "", "", "", ""};
                for (int c = 0; c < 3; c++) {
                    shares[c] = random.nextInt(3) == 0 ? safeShare(counts[c], respondents) : "";
                    communeTotals[c] += counts[c];
                    qpvTotals[side][c] += counts[c];
                }
                pack.unit(code + "-" + u, code, side == 0 ? "" : "Q" + side, String.valueOf(respondents), shares);
                qpvRespondents[side] += respondents;
                respondentsOfCommune += respondents + (random.nextInt(4) == 0 ? random.nextInt(8) : 0);
            }
            areas(pack, random, "commune", code, respondentsOfCommune, communeTotals);
        }
        for (int q = 1; q <= 2; q++) {
            if (qpvRespondents[q] > 0) {
                areas(pack, random, "qpv", "Q" + q, qpvRespondents[q], qpvTotals[q]);
            }
        }
        return pack;
    }

    private static void areas(TestPack pack, Random random, String level, String code, long respondents, long[] totals) {
        pack.area(level, code, "menages_repondants", String.valueOf(respondents));
        String[] names = {"tres_bas_revenus", "eligibles_plai", "beneficiaires_apl"};
        for (int c = 0; c < 3; c++) {
            pack.area(level, code, names[c], random.nextBoolean() ? safeShare(totals[c], respondents) : "");
        }
    }

    /** A share as the primary rule allows it: none when it or its complement counts 1 to 10 households. */
    private static String safeShare(long count, long respondents) {
        boolean small = count >= 1 && count <= 10 || respondents - count >= 1 && respondents - count <= 10;
        return small ? "" : share(count, respondents);
    }

    private static String share(long count, long respondents) {
        return String.valueOf(Math.round(100.0 * count / respondents) / 100.0).replace('.', ',');
    }
}
