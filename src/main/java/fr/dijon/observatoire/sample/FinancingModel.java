package fr.dijon.observatoire.sample;

/**
 * Chooses a programme's main financing consistently with its construction or acquisition year
 * (HBM and HLM/O for the pre-1977 stock, PLA in 1977-1999, PLUS/PLAI/PLS since 2000), and the
 * financing of each dwelling (mostly the programme's one, with the usual PLAI/PLS share in
 * mixed PLUS programmes).
 */
final class FinancingModel {

    private static final WeightedChoice<Financing> HBM_ERA = WeightedChoice.<Financing>builder()
            .add(Financing.HBM, 80).add(Financing.ILM, 10).add(Financing.HLM_O, 10).build();
    private static final WeightedChoice<Financing> HLM_EARLY = WeightedChoice.<Financing>builder()
            .add(Financing.HLM_O, 70).add(Financing.ILM, 18).add(Financing.ILN, 7).add(Financing.HBM, 5).build();
    private static final WeightedChoice<Financing> HLM_LATE = WeightedChoice.<Financing>builder()
            .add(Financing.HLM_O, 64).add(Financing.PLR_PSR, 17).add(Financing.ILM, 11).add(Financing.ILN, 5)
            .add(Financing.AUTRE_AVANT_1977, 3).build();
    private static final WeightedChoice<Financing> PLA_EARLY = WeightedChoice.<Financing>builder()
            .add(Financing.PLA, 76).add(Financing.AUTRE_PLS, 10).add(Financing.PLA_CFF, 7).add(Financing.AUTRE_ETAT, 7)
            .build();
    private static final WeightedChoice<Financing> PLA_LATE = WeightedChoice.<Financing>builder()
            .add(Financing.PLA, 66).add(Financing.PLA_TS, 10).add(Financing.AUTRE_PLS, 8).add(Financing.PLA_CFF, 5)
            .add(Financing.AUTRE_ETAT, 5).add(Financing.PLI, 6).build();
    private static final WeightedChoice<Financing> RECENT = WeightedChoice.<Financing>builder()
            .add(Financing.PLUS, 52).add(Financing.PLAI, 24).add(Financing.PLS, 17).add(Financing.PLI, 4)
            .add(Financing.SANS_AIDE, 3).build();
    private static final WeightedChoice<Financing> RECENT_QPV = WeightedChoice.<Financing>builder()
            .add(Financing.PLUS, 60).add(Financing.PLAI, 30).add(Financing.PLS, 10).build();
    private static final WeightedChoice<Financing> ACQUIRED_RECENTLY = WeightedChoice.<Financing>builder()
            .add(Financing.PLUS, 52).add(Financing.PLAI, 42).add(Financing.PLS, 6).build();
    private static final WeightedChoice<Financing> ACQUIRED_1977_1999 = WeightedChoice.<Financing>builder()
            .add(Financing.PLA, 70).add(Financing.PLA_TS, 18).add(Financing.AUTRE_ETAT, 12).build();
    private static final WeightedChoice<Financing> STUDENT = WeightedChoice.<Financing>builder()
            .add(Financing.PLS, 60).add(Financing.PLUS, 40).build();

    /**
     * @param fundingYear construction year, or the acquisition year for acquired-and-rehabilitated buildings
     */
    Financing main(ZoneProfile zone, BuildingType type, int fundingYear, boolean acquired, SeededRandom random) {
        if (type == BuildingType.ETUDIANT) {
            return fundingYear >= 2000 ? STUDENT.pick(random) : Financing.PLA;
        }
        if (acquired) {
            if (fundingYear >= 2000) {
                return ACQUIRED_RECENTLY.pick(random);
            }
            return fundingYear >= 1977 ? ACQUIRED_1977_1999.pick(random) : Financing.HLM_O;
        }
        if (fundingYear <= 1951) {
            return HBM_ERA.pick(random);
        }
        if (fundingYear <= 1960) {
            return HLM_EARLY.pick(random);
        }
        if (fundingYear <= 1976) {
            return HLM_LATE.pick(random);
        }
        if (fundingYear <= 1989) {
            return PLA_EARLY.pick(random);
        }
        if (fundingYear <= 1999) {
            return PLA_LATE.pick(random);
        }
        return zone == ZoneProfile.QPV ? RECENT_QPV.pick(random) : RECENT.pick(random);
    }

    /** The financing of one dwelling of a programme whose main financing is {@code main}. */
    Financing dwelling(Financing main, SeededRandom random) {
        double u = random.nextDouble();
        return switch (main) {
            case PLUS -> u < 0.22 ? Financing.PLAI : u < 0.28 ? Financing.PLS : Financing.PLUS;
            case PLAI -> u < 0.15 ? Financing.PLUS : Financing.PLAI;
            case PLS -> u < 0.08 ? Financing.PLUS : Financing.PLS;
            default -> main;
        };
    }
}
