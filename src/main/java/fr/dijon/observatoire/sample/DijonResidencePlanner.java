package fr.dijon.observatoire.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays out the Dijon sample: how many dwellings each commune and each QPV gets, then the
 * programmes and buildings that hold them, in commune order.
 *
 * <p>Shares of the stock: Dijon 58 %, Chenôve 11 %, Talant 6 %, Longvic 6 %, Quetigny 5 %, the
 * other 18 communes 14 % in proportion to population^1.2 (at least 3 dwellings each). About 27 %
 * of dwellings are in the 6 QPV. Only about 1 500 buildings are held in memory.
 */
final class DijonResidencePlanner {

    private static final Map<String, Double> COMMUNE_SHARES = Map.of(
            "21231", 0.58, "21166", 0.11, "21617", 0.06, "21355", 0.06, "21515", 0.05);
    private static final double OTHER_COMMUNES_SHARE = 0.14;
    private static final double POPULATION_EXPONENT = 1.2;
    private static final int MIN_COMMUNE_DWELLINGS = 3;
    private static final int MIN_NON_QPV_DWELLINGS = 2;
    private static final int SUBURB_MIN_POPULATION = 5000;

    /** Share of all dwellings in each QPV: 27 % in total. */
    private static final Map<String, Double> QPV_SHARES = Map.of(
            "QN02101M", 0.060, "QN02102M", 0.076, "QN02103M", 0.072,
            "QN02104M", 0.018, "QN02105M", 0.028, "QN02106N", 0.016);

    private static final int MAX_STREET_NUMBER = 180;
    private static final double CITY_STREET_RADIUS = 300;
    private static final double QPV_STREET_RADIUS = 150;

    private final DijonTerritory territory;
    private final int referenceYear;

    DijonResidencePlanner(DijonTerritory territory, int referenceYear) {
        this.territory = territory;
        this.referenceYear = referenceYear;
    }

    List<Residence> plan(int dwellings, long seed) {
        List<DijonCommune> communes = territory.communes();
        if (dwellings < MIN_COMMUNE_DWELLINGS * communes.size() * 4) {
            throw new IllegalArgumentException("Au moins " + MIN_COMMUNE_DWELLINGS * communes.size() * 4
                    + " logements sont nécessaires pour couvrir les " + communes.size() + " communes");
        }
        long[] communeQuotas = Apportionment.largestRemainder(dwellings, communeWeights(communes), MIN_COMMUNE_DWELLINGS);
        SeededRandom random = new SeededRandom(SeededRandom.derive(seed, 1));
        QuotaFiller filler = new QuotaFiller(new ProgrammeFactory(referenceYear));
        List<Residence> residences = new ArrayList<>();
        for (int c = 0; c < communes.size(); c++) {
            DijonCommune commune = communes.get(c);
            Set<String> usedAddresses = new HashSet<>();
            CommuneProgrammes usedNames = new CommuneProgrammes();
            long remaining = communeQuotas[c];
            for (DijonCommune.DijonQpv qpv : commune.qpvs()) {
                long quota = Math.min(Math.round(dwellings * QPV_SHARES.getOrDefault(qpv.qpv().code(), 0.0)),
                        remaining - MIN_NON_QPV_DWELLINGS);
                Zone zone = new Zone(ZoneProfile.QPV, commune.place(), qpv.qpv(),
                        new AddressBook(StreetCatalogue.qpv(qpv.qpv().code()), usedAddresses, MAX_STREET_NUMBER),
                        new PolygonSitePicker(qpv.area(), qpv.qpv(), commune.iris(), QPV_STREET_RADIUS),
                        DijonLandlords.IN_QPV, usedNames);
                filler.fill(zone, (int) quota, random, residences::add);
                remaining -= quota;
            }
            ZoneProfile profile = commune.place().communeCode().equals("21231") ? ZoneProfile.CITY
                    : commune.population() >= SUBURB_MIN_POPULATION ? ZoneProfile.SUBURB : ZoneProfile.VILLAGE;
            Zone zone = new Zone(profile, commune.place(), null,
                    new AddressBook(streets(profile, random), usedAddresses, MAX_STREET_NUMBER),
                    new PolygonSitePicker(commune.outsideQpv(), null, commune.iris(), CITY_STREET_RADIUS),
                    DijonLandlords.ELSEWHERE, usedNames);
            filler.fill(zone, (int) remaining, random, residences::add);
        }
        return residences;
    }

    private static double[] communeWeights(List<DijonCommune> communes) {
        double otherTotal = 0;
        for (DijonCommune commune : communes) {
            if (!COMMUNE_SHARES.containsKey(commune.place().communeCode())) {
                otherTotal += Math.pow(commune.population(), POPULATION_EXPONENT);
            }
        }
        double[] weights = new double[communes.size()];
        for (int i = 0; i < weights.length; i++) {
            DijonCommune commune = communes.get(i);
            Double share = COMMUNE_SHARES.get(commune.place().communeCode());
            weights[i] = share != null ? share
                    : OTHER_COMMUNES_SHARE * Math.pow(commune.population(), POPULATION_EXPONENT) / otherTotal;
        }
        return weights;
    }

    /** The street pool of a commune: all Dijon streets, or a random subset of the common list. */
    private static List<Street> streets(ZoneProfile profile, SeededRandom random) {
        if (profile == ZoneProfile.CITY) {
            return StreetCatalogue.dijon();
        }
        List<Street> pool = new ArrayList<>(StreetCatalogue.common());
        int size = profile == ZoneProfile.SUBURB ? 40 : 12;
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(pool.size() - i);
            Street swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return List.copyOf(pool.subList(0, size));
    }
}
