package fr.dijon.observatoire.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Generates the buildings of one synthetic département of the national sample, commune after
 * commune, streaming them to a sink. The prefecture is the central city, the next five communes
 * are suburbs, the others villages; commune sizes follow a Zipf law. About 22 % of dwellings
 * are in QPV (in the prefecture and the suburbs), whatever the file size. Commune codes are the
 * département code plus 3 digits (2 overseas), starting at 004 (so Ajaccio is 2A004).
 */
final class DepartementSampler {

    private static final List<String> QPV_NAMES = List.of(
            "Les Tilleuls", "Le Mail", "La Croix-Rouge", "Bellevue", "Les Pâquerettes", "Le Val", "Les Hauts de Ville",
            "Centre-Ville", "La Roseraie", "Les Provinces", "Le Plateau", "Les Chênes", "La Découverte", "Les Sablons",
            "Beaulieu", "Le Moulin", "Les Coteaux", "La Madeleine", "Saint-Jacques", "Les Peupliers", "L'Île Verte",
            "Les Œillets", "La Fontaine", "Le Bois-Joli");
    private static final int SUBURBS = 5;
    /** Share of the département's dwellings in QPV, 60 % of them in the prefecture, the rest in the suburbs. */
    private static final double QPV_SHARE = 0.22;
    private static final double PREFECTURE_PART_OF_QPV = 0.6;
    /** At most this share of a commune's dwellings is in QPV. */
    private static final double MAX_COMMUNE_QPV_SHARE = 0.8;
    private static final int DWELLINGS_PER_COMMUNE = 350;

    private static final Landlord CDC_HABITAT_SOCIAL = Landlord.of("CDC HABITAT SOCIAL", "47081932");
    private static final Landlord ICF_HABITAT = Landlord.of("ICF HABITAT", "55210311");
    private static final Landlord IMMOBILIERE_3F = Landlord.of("IMMOBILIERE 3F", "55214116");

    private final Departement departement;
    private final int index;
    private final long dwellings;
    private final double[] centre;
    private final SeededRandom random;
    private final WeightedChoice<Landlord> landlords;
    private final CommuneNames communeNames = new CommuneNames();
    private final Set<String> usedCommuneNames = new HashSet<>();
    private int qpvCount;

    DepartementSampler(Departement departement, int index, long dwellings, double[] centre, long seed) {
        this.departement = departement;
        this.index = index;
        this.dwellings = dwellings;
        this.centre = centre;
        this.random = new SeededRandom(SeededRandom.derive(seed, 1000 + index));
        this.landlords = landlords(departement, index);
        usedCommuneNames.add(departement.prefecture());
    }

    void generate(QuotaFiller filler, Consumer<Residence> sink) {
        int communes = (int) Math.max(4, Math.min(departement.overseas() ? 90 : 600, dwellings / DWELLINGS_PER_COMMUNE));
        communes = (int) Math.min(communes, Math.max(1, dwellings));
        double[] weights = new double[communes];
        for (int k = 0; k < communes; k++) {
            weights[k] = 1 / StrictMath.pow(k + 1, 1.05);
        }
        long[] quotas = Apportionment.largestRemainder(dwellings, weights, dwellings >= communes ? 1 : 0);
        long[] qpvQuotas = qpvQuotas(quotas);
        int step = departement.overseas() ? Math.max(1, 98 / communes) : Math.max(1, 995 / communes);
        for (int k = 0; k < communes; k++) {
            if (quotas[k] > 0) {
                commune(k, departement.overseas() ? 1 + k * step : 4 + k * step, quotas[k], qpvQuotas[k], filler, sink);
            }
        }
    }

    /** Dwellings in QPV per commune: a fixed share of the département, in the prefecture and the suburbs. */
    private long[] qpvQuotas(long[] quotas) {
        long[] qpv = new long[quotas.length];
        double target = dwellings * QPV_SHARE;
        qpv[0] = Math.min(Math.round(target * PREFECTURE_PART_OF_QPV), (long) (quotas[0] * MAX_COMMUNE_QPV_SHARE));
        double suburbTarget = target - qpv[0];
        long suburbDwellings = 0;
        for (int k = 1; k <= SUBURBS && k < quotas.length; k++) {
            suburbDwellings += quotas[k];
        }
        for (int k = 1; k <= SUBURBS && k < quotas.length && suburbDwellings > 0; k++) {
            qpv[k] = Math.min(Math.round(suburbTarget * quotas[k] / suburbDwellings),
                    (long) (quotas[k] * MAX_COMMUNE_QPV_SHARE));
        }
        for (int k = 0; k < qpv.length; k++) {
            if (qpv[k] < 10) {
                qpv[k] = 0;
            }
        }
        return qpv;
    }

    private void commune(int rank, int number, long quota, long qpvDwellings, QuotaFiller filler,
                         Consumer<Residence> sink) {
        ZoneProfile profile = rank == 0 ? ZoneProfile.CITY : rank <= SUBURBS ? ZoneProfile.SUBURB : ZoneProfile.VILLAGE;
        String name = rank == 0 ? departement.prefecture()
                : communeNames.next(departement.prefecture(), usedCommuneNames, random);
        Place place = place(rank, number, name, profile);
        double radius = departement.overseas() ? 12_000 : 36_000;
        double angle = random.nextDouble() * 2 * Math.PI;
        double distance = rank == 0 ? 0 : 3_000 + random.nextDouble() * radius;
        double x = centre[0] + distance * StrictMath.cos(angle);
        double y = centre[1] + distance * StrictMath.sin(angle);
        boolean irisDivided = profile != ZoneProfile.VILLAGE;
        Set<String> usedAddresses = new HashSet<>();
        CommuneProgrammes usedNames = new CommuneProgrammes();
        List<Street> streets = streets(profile);
        int maxNumber = (int) Math.max(180, quota / 10 * 3 / streets.size());

        int qpvs = qpvDwellings == 0 ? 0 : (int) Math.max(1, Math.min(12, qpvDwellings / 3000));
        for (int q = 0; q < qpvs; q++) {
            long part = qpvDwellings / qpvs + (q < qpvDwellings % qpvs ? 1 : 0);
            Qpv qpv = nextQpv();
            double qx = x + random.gaussian(0, 2_000);
            double qy = y + random.gaussian(0, 2_000);
            Zone zone = new Zone(ZoneProfile.QPV, place, qpv, new AddressBook(streets, usedAddresses, maxNumber),
                    new ScatterSitePicker(departement.epsg(), qx, qy, 350, qpv, place, x, y, irisDivided), landlords,
                    usedNames);
            filler.fill(zone, (int) part, random, sink);
        }
        double spread = profile == ZoneProfile.CITY ? 1_800 : profile == ZoneProfile.SUBURB ? 900 : 400;
        Zone zone = new Zone(profile, place, null, new AddressBook(streets, usedAddresses, maxNumber),
                new ScatterSitePicker(departement.epsg(), x, y, spread, null, place, x, y, irisDivided), landlords,
                usedNames);
        filler.fill(zone, (int) (quota - qpvDwellings), random, sink);
    }

    private Qpv nextQpv() {
        qpvCount++;
        StringBuilder code = new StringBuilder("QN").append(departement.threeCharacterCode());
        ZeroPadding.append(code, qpvCount, 2);
        code.append(qpvCount % 7 == 0 ? 'N' : 'M');
        return new Qpv(code.toString(), QPV_NAMES.get((index * 5 + qpvCount - 1) % QPV_NAMES.size()));
    }

    private Place place(int rank, int number, String name, ZoneProfile profile) {
        String code = departement.code();
        StringBuilder communeCode = new StringBuilder(code);
        ZeroPadding.append(communeCode, number, departement.overseas() ? 2 : 3);
        String epci = epciCode(rank / 15);
        String epciName = rank < 15 ? (departement.populationThousands() >= 1000 ? "Métropole de " : "CA de ")
                + departement.prefecture() : "CC de " + name;
        boolean urban = profile != ZoneProfile.VILLAGE;
        String urbanCode = code + (departement.overseas() ? "01" : "701");
        String ruralCode = code + (departement.overseas() ? "00" : "000");
        StringBuilder area = new StringBuilder();
        ZeroPadding.append(area, index + 1, 3);
        StringBuilder zone = new StringBuilder(departement.regionCode());
        ZeroPadding.append(zone, index % 30 + 1, 2);
        boolean attracted = urban || rank % 5 != 0;
        return new Place(departement.regionCode(), departement.regionName(), code, departement.name(), epci, epciName,
                communeCode.toString(), name, postalCode(rank),
                urban ? urbanCode : ruralCode, urban ? departement.prefecture() : "Hors unité urbaine",
                attracted ? area.toString() : "000",
                attracted ? departement.prefecture() : "Commune hors attraction des villes",
                zone.toString(), departement.prefecture());
    }

    /** 20xxx in Corsica (200xx-201xx for 2A, 202xx-206xx for 2B), 97xxx overseas, dep + 3 digits elsewhere. */
    private String postalCode(int rank) {
        String code = departement.code();
        StringBuilder postal = new StringBuilder(5);
        if (departement.overseas()) {
            postal.append(code);
            ZeroPadding.append(postal, rank == 0 ? 0 : (rank * 10) % 100, 2);
        } else if (code.equals("2A")) {
            postal.append("20");
            ZeroPadding.append(postal, rank == 0 ? 0 : 100 + (rank * 10) % 100, 3);
        } else if (code.equals("2B")) {
            postal.append("20");
            ZeroPadding.append(postal, 200 + (rank * 10) % 500, 3);
        } else {
            postal.append(code);
            ZeroPadding.append(postal, rank == 0 ? 0 : 100 + (rank * 10) % 900, 3);
        }
        return postal.toString();
    }

    private String epciCode(int group) {
        String departementCode = departement.code();
        String digits = departement.overseas() ? "97"
                : departementCode.equals("2A") || departementCode.equals("2B") ? "20" : departementCode;
        StringBuilder code = new StringBuilder("24").append(digits);
        ZeroPadding.append(code, (index * 37 + group) % 10_000, 4);
        return SirenNumbers.withCheckDigit(code.toString());
    }

    private List<Street> streets(ZoneProfile profile) {
        List<Street> common = StreetCatalogue.common();
        if (profile == ZoneProfile.CITY) {
            return common;
        }
        List<Street> pool = new ArrayList<>(common);
        int size = profile == ZoneProfile.SUBURB ? 40 : 12;
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(pool.size() - i);
            Street swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return List.copyOf(pool.subList(0, size));
    }

    private static WeightedChoice<Landlord> landlords(Departement departement, int index) {
        StringBuilder office = new StringBuilder("27");
        ZeroPadding.append(office, index * 131 + 7, 6);
        StringBuilder company = new StringBuilder("39");
        ZeroPadding.append(company, index * 173 + 11, 6);
        String upperName = departement.name().toUpperCase(Locale.ROOT);
        String upperPrefecture = departement.prefecture().toUpperCase(Locale.ROOT);
        return WeightedChoice.<Landlord>builder()
                .add(Landlord.of(upperName + " HABITAT", office.toString()), 45)
                .add(Landlord.of("SA HLM " + upperPrefecture, company.toString()), 30)
                .add(CDC_HABITAT_SOCIAL, 10).add(IMMOBILIERE_3F, 10).add(ICF_HABITAT, 5)
                .build();
    }
}
