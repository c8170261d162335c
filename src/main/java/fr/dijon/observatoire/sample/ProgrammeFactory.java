package fr.dijon.observatoire.sample;

/**
 * Creates programmes: building type, construction period by zone, how the landlord got the
 * buildings (and so LOCAT and PATRIMOINE), financing, APL convention, DPE and stock segment.
 */
final class ProgrammeFactory {

    private final int referenceYear;
    private final int lastYear;
    private final FinancingModel financings = new FinancingModel();
    private final EnergyRatingModel energyRatings = new EnergyRatingModel();
    private final RentModel rents = new RentModel();

    /** @param referenceYear the millésime: the file describes the stock at 1 January of that year */
    ProgrammeFactory(int referenceYear) {
        this.referenceYear = referenceYear;
        this.lastYear = referenceYear - 1;
    }

    BuildingType buildingType(ZoneProfile zone, SeededRandom random) {
        double u = random.nextDouble();
        return switch (zone) {
            case QPV -> BuildingType.COLLECTIF;
            case CITY -> u < 0.01 ? BuildingType.ETUDIANT : u < 0.02 ? BuildingType.INDIVIDUEL : BuildingType.COLLECTIF;
            case SUBURB -> u < 0.12 ? BuildingType.INDIVIDUEL : BuildingType.COLLECTIF;
            case VILLAGE -> u < 0.45 ? BuildingType.INDIVIDUEL : BuildingType.COLLECTIF;
        };
    }

    Programme create(Zone zone, BuildingType type, Landlord landlord, int landlordNumber, String name,
                     SeededRandom random) {
        int construction = constructionYear(zone.profile(), type, random);
        Origin origin;
        int firstLetting;
        int patrimony;
        boolean acquired = construction < 1949 ? !(construction >= 1920 && random.chance(0.55))
                : zone.profile() != ZoneProfile.QPV && construction < 1977 && random.chance(0.05);
        if (acquired) {
            origin = random.chance(0.85) ? Origin.ACQUIS_AVEC_TRAVAUX : Origin.ACQUIS_SANS_TRAVAUX;
            patrimony = random.between(Math.max(construction + 25, 1975), lastYear);
            firstLetting = Math.min(lastYear, patrimony + (origin == Origin.ACQUIS_AVEC_TRAVAUX ? 1 : 0));
        } else {
            origin = construction >= 2005 && zone.profile() != ZoneProfile.QPV && random.chance(0.35)
                    ? Origin.VEFA : Origin.CONSTRUIT;
            firstLetting = Math.min(lastYear, construction + (random.chance(0.4) ? 1 : 0));
            patrimony = firstLetting;
            if (construction < 2015 && random.chance(0.06)) {
                origin = Origin.TRANSFERT;
                patrimony = random.between(Math.max(firstLetting, 2000), lastYear);
            }
        }
        Financing financing = financings.main(zone.profile(), type, acquired ? patrimony : construction, acquired, random);
        Convention convention = convention(financing, construction, acquired ? patrimony : construction,
                zone.place().departementCode(), random);
        int energyYear = origin == Origin.ACQUIS_AVEC_TRAVAUX ? Math.max(construction, 1982) : construction;
        return new Programme(landlord, landlordNumber, name, type, construction, firstLetting, patrimony,
                origin, financing, otherFinancing(zone.profile(), financing, construction, convention, random), convention,
                right(acquired, random), segment(zone.profile(), type, construction),
                energyRatings.programme(energyYear, referenceYear, random), rents.residenceLevel(random),
                random.chance(0.9));
    }

    /**
     * A building added to an older estate and let for the first time in the year before the millésime: same
     * landlord, name and type, but its own construction year, financing, convention, DPE and rents.
     */
    Programme extension(Programme estate, Zone zone, SeededRandom random) {
        int year = lastYear;
        Financing financing = financings.main(zone.profile(), estate.type(), year, false, random);
        Convention convention = convention(financing, year, year, zone.place().departementCode(), random);
        return new Programme(estate.landlord(), estate.landlordNumber(), estate.name(), estate.type(), year, year,
                year, Origin.CONSTRUIT, financing, otherFinancing(zone.profile(), financing, year, convention, random),
                convention, OwnershipRight.PLEINE_PROPRIETE, segment(zone.profile(), estate.type(), year),
                energyRatings.programme(year, referenceYear, random), rents.residenceLevel(random), true);
    }

    /** The last year a building can enter the stock described by the millésime. */
    int lastYear() {
        return lastYear;
    }

    private int constructionYear(ZoneProfile zone, BuildingType type, SeededRandom random) {
        double u = random.nextDouble();
        if (type == BuildingType.ETUDIANT) {
            return u < 0.3 ? random.between(1965, 1990) : random.between(1991, lastYear);
        }
        if (type == BuildingType.INDIVIDUEL) {
            return u < 0.4 ? random.between(1970, 1999) : random.between(2000, lastYear);
        }
        return switch (zone) {
            case QPV -> u < 0.85 ? random.between(1957, 1976) : random.between(2004, lastYear);
            case CITY -> u < 0.08 ? random.between(1880, 1948) : u < 0.35 ? random.between(1949, 1976)
                    : u < 0.60 ? random.between(1977, 1999) : random.between(2000, lastYear);
            case SUBURB -> u < 0.02 ? random.between(1900, 1948) : u < 0.17 ? random.between(1955, 1976)
                    : u < 0.52 ? random.between(1977, 1999) : random.between(2000, lastYear);
            case VILLAGE -> u < 0.05 ? random.between(1850, 1948) : u < 0.10 ? random.between(1965, 1976)
                    : u < 0.45 ? random.between(1977, 1999) : random.between(2000, lastYear);
        };
    }

    private Convention convention(Financing financing, int construction, int fundingYear, String departement,
                                  SeededRandom random) {
        boolean conventionne;
        int year;
        if (financing.group == FinancingGroup.AVANT_1977) {
            conventionne = random.chance(0.75);
            year = random.between(Math.max(1978, construction + 5), 2012);
        } else if (financing.normallyConventionne()) {
            conventionne = random.chance(0.98);
            year = Math.max(1977, fundingYear - random.between(0, 1));
        } else {
            conventionne = random.chance(0.05);
            year = fundingYear;
        }
        if (!conventionne) {
            return Convention.NONE;
        }
        year = Math.min(year, lastYear);
        StringBuilder number = new StringBuilder(20).append(departement).append('/').append(random.between(1, 3))
                .append('/').append(year).append('/');
        ZeroPadding.append(number, random.between(1, 9999), 4);
        return new Convention(true, number.toString(), random.between(1, 28), random.between(1, 12), year);
    }

    private static String otherFinancing(ZoneProfile zone, Financing financing, int construction,
                                         Convention convention, SeededRandom random) {
        double u = random.nextDouble();
        if (financing.group == FinancingGroup.AVANT_1977) {
            if (zone == ZoneProfile.QPV && u < 0.35) {
                return "ANRU";
            }
            return convention.conventionne() && u < 0.65 ? "PALULOS" : "";
        }
        boolean recentFunding = construction >= 2000 || construction < 1977; // new build, or recent acquisition
        if (recentFunding) {
            return u < 0.12 ? "Subvention de l'EPCI" : u < 0.17 ? "Action Logement" : "";
        }
        return "";
    }

    private static OwnershipRight right(boolean acquired, SeededRandom random) {
        double u = random.nextDouble();
        if (u < 0.95) {
            return OwnershipRight.PLEINE_PROPRIETE;
        }
        if (u < 0.96) {
            return OwnershipRight.USUFRUIT;
        }
        return acquired && u < 0.97 ? OwnershipRight.BAIL_A_REHABILITATION : OwnershipRight.BAIL_EMPHYTEOTIQUE;
    }

    private static PatrimonySegment segment(ZoneProfile zone, BuildingType type, int construction) {
        if (type == BuildingType.ETUDIANT) {
            return PatrimonySegment.ETUDIANT;
        }
        if (type == BuildingType.INDIVIDUEL) {
            return PatrimonySegment.INDIVIDUEL;
        }
        if (zone == ZoneProfile.QPV) {
            return PatrimonySegment.RENOUVELLEMENT_URBAIN;
        }
        if (construction < 1977) {
            return PatrimonySegment.ANCIEN;
        }
        return construction < 2000 ? PatrimonySegment.INTERMEDIAIRE : PatrimonySegment.RECENT;
    }
}
