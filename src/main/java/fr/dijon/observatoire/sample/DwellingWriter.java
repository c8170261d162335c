package fr.dijon.observatoire.sample;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes the dwelling rows of each residence: per-dwelling columns (flat number, floor, rooms,
 * surface, financing, DPE, accessibility and, in the "loi" variant, identifiers, occupancy, lease
 * and rents) around the residence's pre-encoded {@link ResidenceBlocks}.
 *
 * <p>The loi-only values are drawn in both variants, so for a given seed the public file is exactly
 * the first 73 columns of the loi file. Each building draws from its own random stream (from its position in the
 * plan), and its IDENT_REP from that position too, so a building written in two millésimes of the same plan
 * keeps its dwellings and their identifiers even when other buildings are {@linkplain #skip skipped}.
 */
final class DwellingWriter {

    private static final char[] STAIRCASES = {'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'};
    private static final char[] ENERGY_LETTERS = {'A', 'B', 'C', 'D', 'E', 'F', 'G'};

    private final RplsCsvWriter out;
    private final boolean loi;
    private final int referenceYear;
    private final long streamSeed;
    private SeededRandom random;
    private long serial;
    private final IdentRepSequence identifiers;
    private final FinancingModel financings = new FinancingModel();
    private final RoomMixModel rooms = new RoomMixModel();
    private final EnergyRatingModel energyRatings = new EnergyRatingModel();
    private final RentModel rents = new RentModel();
    private final TenancyModel tenancies;
    private final RowBytes scratch;
    private final Map<Financing, EncodedFields> financingFields = new EnumMap<>(Financing.class);
    private final EncodedFields accessible;
    private final EncodedFields notAccessible;
    private long residences;
    private long qpvRows;

    DwellingWriter(RplsCsvWriter out, RplsVariant variant, int referenceYear, long seed) {
        this.out = out;
        this.loi = variant == RplsVariant.LOI;
        this.referenceYear = referenceYear;
        this.streamSeed = SeededRandom.derive(seed, 7);
        this.identifiers = new IdentRepSequence(seed);
        this.tenancies = new TenancyModel(referenceYear);
        this.scratch = new RowBytes(out.encoder(), 1024);
        for (Financing financing : Financing.values()) {
            financingFields.put(financing, scratch.text(financing.code).sep().text(financing.label).sep().takeFields());
        }
        this.accessible = scratch.ascii('1').sep().text("Logement accessible aux personnes à mobilité réduite").sep()
                .takeFields();
        this.notAccessible = scratch.ascii('2').sep()
                .text("Logement non accessible aux personnes à mobilité réduite").sep().takeFields();
    }

    /** Leaves out a building of the plan (not in this millésime's stock), keeping the next ones unchanged. */
    void skip(Residence residence) {
        serial++;
        identifiers.skip(residence.dwellings());
    }

    void write(Residence residence) throws IOException {
        random = new SeededRandom(SeededRandom.derive(streamSeed, serial++));
        ResidenceBlocks blocks = new ResidenceBlocks(residence, referenceYear, random, scratch);
        Programme programme = residence.programme();
        boolean qpv = residence.inQpv();
        boolean numberedMailboxes = random.chance(0.35);
        boolean numberedEntrances = residence.staircases() > 1 && random.chance(0.3);
        boolean doorsNamed = random.chance(0.08);
        boolean individual = programme.type() == BuildingType.INDIVIDUEL;
        boolean largeEstate = qpv || (programme.constructionYear() >= 1949 && programme.constructionYear() < 1977);
        int perStaircase = (residence.dwellings() + residence.staircases() - 1) / residence.staircases();
        residences++;
        for (int i = 0; i < residence.dwellings(); i++) {
            int staircase = i / perStaircase;
            int inStaircase = i % perStaircase;
            int floor = individual ? 0 : inStaircase / residence.dwellingsPerFloor();
            int door = inStaircase % residence.dwellingsPerFloor();
            RowBytes row = out.row();

            row.fields(blocks.address);
            if (!individual) {
                if (residence.staircases() > 1) {
                    row.ascii(STAIRCASES[staircase]);
                }
                row.padded(floor * 100L + door + 1, 3);
            }
            row.sep();
            if (numberedMailboxes) {
                row.number(i + 1);
            }
            row.sep();
            if (residence.staircases() > 1) {
                row.ascii(STAIRCASES[staircase]);
            }
            row.sep().sep();
            if (!individual) {
                row.number(floor);
            }
            row.sep();
            if (doorsNamed && !individual) {
                row.text("Porte ").number(door + 1);
            }
            row.sep();
            if (numberedEntrances) {
                row.number(staircase + 1);
            }
            row.sep();

            row.fields(blocks.building);
            int roomCount = rooms.rooms(programme.type(), largeEstate, random);
            long surface = rooms.surfaceHundredths(roomCount, programme.type(), programme.constructionYear(), random);
            row.number(roomCount).sep().hundredths(surface, true).sep();

            row.fields(blocks.years);
            Financing financing = financings.dwelling(programme.financing(), random);
            row.fields(financingFields.get(financing));

            row.fields(blocks.convention);
            EnergyRating energy = energyRatings.dwelling(programme.energy(), random);
            if (energy == null) {
                row.monthYear(1, 1900).sep().sep().sep();
            } else {
                row.monthYear(energy.month(), energy.year()).sep().ascii(ENERGY_LETTERS[energy.energyClass()]).sep()
                        .ascii(ENERGY_LETTERS[energy.gasClass()]).sep();
            }

            row.fields(blocks.segment);
            appendAccessibility(row, programme, residence, floor);

            row.fields(blocks.geolocation);
            Tenancy tenancy = tenancies.draw(qpv, programme.firstLettingYear(), random);
            double perSquareMetre = rents.perSquareMetre(financing.group, programme.rentLevel(), qpv, programme.type(),
                    roomCount);
            double rent = rents.rent(perSquareMetre, surface / 100.0, random);
            double ancillary = rents.ancillaryRent(random);
            double aplCeiling = rents.aplCeiling(rent, random);
            double cusCeiling = rents.cusCeiling(programme.convention().conventionne() ? aplCeiling : rent, random);
            if (loi) {
                appendLoiColumns(row, residence, blocks, i, tenancy, rent, ancillary, aplCeiling, cusCeiling);
            }
            out.endRow();
            if (qpv) {
                qpvRows++;
            }
        }
    }

    private void appendAccessibility(RowBytes row, Programme programme, Residence residence, int floor) {
        if (!programme.accessibilityKnown()) {
            row.sep().sep();
            return;
        }
        boolean reachable = floor == 0 || residence.elevator();
        boolean isAccessible = programme.constructionYear() >= 2007 ? reachable
                : floor == 0 ? random.chance(0.3) : reachable && random.chance(0.15);
        row.fields(isAccessible ? accessible : notAccessible);
    }

    private void appendLoiColumns(RowBytes row, Residence residence, ResidenceBlocks blocks, int index,
                                  Tenancy tenancy, double rent, double ancillary, double aplCeiling,
                                  double cusCeiling) {
        Programme programme = residence.programme();
        row.sep();
        identifiers.appendNext(row);
        row.sep().padded(programme.landlordNumber(), 6).padded(residence.buildingNumber(), 2).padded(index + 1, 3)
                .sep().fields(blocks.landlord).number(tenancy.mode()).sep();
        if (tenancy.hasLease()) {
            row.date(tenancy.leaseDay(), tenancy.leaseMonth(), tenancy.leaseYear());
        }
        row.sep();
        if (tenancy.vacancyMonths() >= 0) {
            row.number(tenancy.vacancyMonths());
        }
        row.sep();
        if (tenancy.letAllJanuary()) {
            row.amount(rent);
        } else {
            row.text(RentModel.NOT_LET_ALL_JANUARY);
        }
        row.sep();
        if (Double.isNaN(ancillary)) {
            row.text(RentModel.NO_ANCILLARY_RENT);
        } else {
            row.amount(ancillary);
        }
        row.sep();
        if (programme.convention().conventionne()) {
            row.amount(aplCeiling);
        }
        row.sep().amount(cusCeiling);
    }

    long residences() {
        return residences;
    }

    long qpvRows() {
        return qpvRows;
    }
}
