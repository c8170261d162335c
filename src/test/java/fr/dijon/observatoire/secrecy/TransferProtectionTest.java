package fr.dijon.observatoire.secrecy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The occupancy table's suppression on small hand-built tables, every expected mask worked out below. */
class TransferProtectionTest {

    /** Builds a one-commune table: units with respondents R and one numerator dimension N (N ⊆ R). */
    private static OccupancyTable.Builder commune(long[] respondents, long[] numerators, String[] sides) {
        OccupancyTable.Builder b = new OccupancyTable.Builder(11)
                .dimension("R", true).dimension("N", true).nesting("N", "R");
        b.group("epci", "epci", false).group("commune:A", "commune", false).group("hors", "hors_qpv", false);
        for (int i = 0; i < respondents.length; i++) {
            String unit = "u" + i;
            b.unit(unit).value("R", unit, respondents[i], respondents[i] + 10).value("N", unit, numerators[i], null);
            b.group("unite:" + unit, "unite", true).member("unite:" + unit, unit);
            b.member("epci", unit).member("commune:A", unit);
            if (sides[i].equals("hors")) {
                b.member("hors", unit);
            } else {
                b.group("qpv:" + sides[i], "qpv", false).member("qpv:" + sides[i], unit);
            }
        }
        return b;
    }

    private static void forms(OccupancyTable.Builder b, List<String> groups) {
        for (String g : groups) {
            double cost = g.startsWith("unite") ? 1 : 20;
            b.form(g, "R", g + ":R", cost * 3).form(g, "N", g + ":N", cost);
        }
    }

    private static Map<String, TransferProtection.Decision> protect(OccupancyTable table) {
        return new TransferProtection(table, Map.of(), Set.of(), Set.of()).protect().stream()
                .collect(Collectors.toMap(TransferProtection.Decision::key, d -> d));
    }

    @Test
    void aShareThatRevealsOneHouseholdIsMaskedWithItsComplementAndTheUnitsProtectEachOther() {
        // u0: 21 of 22 with APL (complement 1); u1: 10 of 30 (primary); u2: 12 of 25 (kept).
        OccupancyTable.Builder b = commune(new long[] {22, 30, 25}, new long[] {21, 10, 12},
                new String[] {"hors", "hors", "hors"});
        forms(b, List.of("unite:u0", "unite:u1", "unite:u2", "commune:A", "hors", "epci"));
        Map<String, TransferProtection.Decision> d = protect(b.build());

        assertThat(d.get("unite:u0:N").published()).isFalse();
        assertThat(d.get("unite:u0:N").reason()).isEqualTo(TransferProtection.Reason.COMPLEMENT);
        assertThat(d.get("unite:u1:N").reason()).isEqualTo(TransferProtection.Reason.PRIMAIRE);
        // Moving households between u0 and u1: u0 can take 1 more (complement) and give 20 (u1's room): 21 values.
        assertThat(d.get("unite:u0:N").reach()).isEqualTo(21);
        assertThat(d.get("unite:u1:N").reach()).isEqualTo(21);
        assertThat(d.get("unite:u2:N").published()).isTrue();
        assertThat(d.get("commune:A:N").published()).isTrue();
        assertThat(d.get("unite:u0:R").published()).isTrue();
    }

    @Test
    void twoSmallMaskedCellsWhoseSumIsSmallGetAThirdPartnerSoThatTheirDerivedTotalIsNotSmall() {
        // Two primaries 3 and 4: the commune total minus u2 gives 7 for the pair, so a third unit must join them.
        OccupancyTable.Builder b = commune(new long[] {30, 30, 40, 40}, new long[] {3, 4, 20, 25},
                new String[] {"hors", "hors", "hors", "hors"});
        forms(b, List.of("unite:u0", "unite:u1", "unite:u2", "unite:u3", "commune:A", "hors", "epci"));
        Map<String, TransferProtection.Decision> d = protect(b.build());

        assertThat(d.get("unite:u0:N").reason()).isEqualTo(TransferProtection.Reason.PRIMAIRE);
        assertThat(d.get("unite:u1:N").reason()).isEqualTo(TransferProtection.Reason.PRIMAIRE);
        long secondary = d.values().stream().filter(x -> x.reason() == TransferProtection.Reason.SECONDAIRE).count();
        assertThat(secondary).isEqualTo(1);
        assertThat(d.get("unite:u2:N").published() && d.get("unite:u3:N").published()).isFalse();
        assertThat(d.get("commune:A:N").published()).isTrue();
        assertThat(d.values().stream().filter(x -> !x.published())).allSatisfy(x -> assertThat(x.reach()).isGreaterThanOrEqualTo(11));
    }

    @Test
    void aUnitAloneInItsQpvIsProtectedAcrossTheQpvBoundaryByMaskingTheGroupsThatTellThemApart() {
        // u0 is the only unit of QPV q1: its 3 households and the QPV's 3 are the same number.
        OccupancyTable.Builder b = commune(new long[] {30, 40, 35}, new long[] {3, 20, 25},
                new String[] {"q1", "hors", "hors"});
        forms(b, List.of("unite:u0", "unite:u1", "unite:u2", "commune:A", "qpv:q1", "hors", "epci"));
        Map<String, TransferProtection.Decision> d = protect(b.build());

        assertThat(d.get("unite:u0:N").published()).isFalse();
        assertThat(d.get("qpv:q1:N").published()).isFalse();
        assertThat(d.get("qpv:q1:N").reason()).isEqualTo(TransferProtection.Reason.PRIMAIRE);
        assertThat(d.get("hors:N").published()).as("hors QPV se retrouverait par différence").isFalse();
        assertThat(d.get("unite:u0:N").reach()).isGreaterThanOrEqualTo(11);
        assertThat(d.get("qpv:q1:N").reach()).isGreaterThanOrEqualTo(11);
        assertThat(d.get("epci:N").published()).isTrue();
    }

    @Test
    void aPublishedClassThatPinsAMaskedComponentIsWithdrawn() {
        // u0: 10 of 30 (primary). Its composite (1 × N index + 4 × 1,24) ÷ 5 = 1,119 is « à surveiller » for N from 9 to
        // 24, but its value to two decimals moves by 0,0127 per household: published, it would pin N.
        OccupancyTable.Builder b = commune(new long[] {30, 40, 35}, new long[] {10, 20, 25},
                new String[] {"hors", "hors", "hors"});
        forms(b, List.of("unite:u0", "unite:u1", "unite:u2", "commune:A", "hors", "epci"));
        OccupancyTable table = b.build();
        double reference = 55.0 / 105;
        UnitClass tight = new UnitClass(List.of(new UnitClass.Component("N", 1, reference, 1, 10, 0, 30),
                new UnitClass.Component("rpls", 4, 0.5, -1, 62, -1, 100)), 1.30, 1.10);
        assertThat(tight.klass()).isEqualTo("à surveiller");
        TransferProtection protection = new TransferProtection(table, Map.of("u0", tight), Set.of(), Set.of());
        Map<String, TransferProtection.Decision> d = protection.protect().stream()
                .collect(Collectors.toMap(TransferProtection.Decision::key, x -> x));
        assertThat(d.get("unite:u0:N").reach()).isGreaterThanOrEqualTo(11);
        assertThat(protection.classPublished("u0")[UnitClass.Published.INDICE.ordinal()]).isFalse();
        assertThat(protection.classPublished("u0")[UnitClass.Published.CLASSE.ordinal()]).isTrue();
    }

    @Test
    void previousMasksStayAndPreviousPublicationsCannotBeUsedAsSecondaryCells() {
        OccupancyTable.Builder b = commune(new long[] {30, 30, 40, 35}, new long[] {3, 15, 20, 25},
                new String[] {"hors", "hors", "hors", "hors"});
        forms(b, List.of("unite:u0", "unite:u1", "unite:u2", "unite:u3", "commune:A", "hors", "epci"));
        OccupancyTable table = b.build();
        Map<String, TransferProtection.Decision> d = new TransferProtection(table, Map.of(), Set.of("unite:u3:N"),
                Set.of("unite:u1:N")).protect().stream().collect(Collectors.toMap(TransferProtection.Decision::key, x -> x));
        assertThat(d.get("unite:u3:N").reason()).isEqualTo(TransferProtection.Reason.STABLE);
        assertThat(d.get("unite:u1:N").published()).isTrue();
        assertThat(d.get("unite:u0:N").reach()).isGreaterThanOrEqualTo(11);
    }
}
