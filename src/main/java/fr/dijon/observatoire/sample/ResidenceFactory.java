package fr.dijon.observatoire.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a programme into buildings: one address, or for some named estates two or three
 * neighbouring numbers on the same street (BAT A, B, C), and gives each building its shape
 * (staircases, flats per floor, lift). The last building of some older multi-building estates is an extension
 * let for the first time in the year before the millésime, so an earlier millésime shows the estate gaining it.
 */
final class ResidenceFactory {

    private static final String[] BUILDING_LETTERS = {"A", "B", "C"};
    private static final double EXTENSION_SHARE = 0.2;
    private static final int EXTENDED_ESTATE_MIN_AGE = 10;

    private final ProgrammeFactory programmes;

    ResidenceFactory(ProgrammeFactory programmes) {
        this.programmes = programmes;
    }

    List<Residence> create(Programme programme, Zone zone, int dwellings, SeededRandom random) {
        int buildings = 1;
        if (!programme.name().isEmpty() && programme.type() == BuildingType.COLLECTIF && dwellings >= 24
                && random.chance(0.6)) {
            buildings = dwellings >= 60 && random.chance(0.5) ? 3 : 2;
        }
        boolean extended = buildings >= 2
                && programme.constructionYear() < programmes.lastYear() - EXTENDED_ESTATE_MIN_AGE
                && random.chance(EXTENSION_SHARE);
        List<Residence> residences = new ArrayList<>(buildings);
        Address firstAddress = zone.addresses().next(random);
        Site firstSite = zone.sites().pick(firstAddress.street(), random);
        Address address = firstAddress;
        int remaining = dwellings;
        for (int b = 0; b < buildings; b++) {
            int size = b == buildings - 1 ? remaining
                    : Math.max(1, (int) Math.round(remaining / (double) (buildings - b) * (0.8 + 0.4 * random.nextDouble())));
            size = Math.min(size, remaining - (buildings - 1 - b));
            remaining -= size;
            if (b > 0) {
                address = zone.addresses().neighbour(address, random);
            }
            Site site = b == 0 ? firstSite : zone.sites().near(firstSite, random);
            Programme built = extended && b == buildings - 1 ? programmes.extension(programme, zone, random) : programme;
            residences.add(shaped(built, zone, address, site, buildings == 1 ? "" : BUILDING_LETTERS[b], b + 1,
                    size, random));
        }
        return residences;
    }

    private static Residence shaped(Programme programme, Zone zone, Address address, Site site, String building,
                                    int buildingNumber, int dwellings, SeededRandom random) {
        if (programme.type() == BuildingType.INDIVIDUEL) {
            return new Residence(programme, zone.place(), address, site, building, buildingNumber, dwellings, 1,
                    dwellings, false);
        }
        int perFloor = switch (programme.type()) {
            case ETUDIANT -> random.between(10, 20);
            default -> zone.profile() == ZoneProfile.QPV ? random.between(4, 8) : random.between(2, 6);
        };
        int maxFloors = zone.profile().maxFloors;
        int staircases = (int) Math.ceil(dwellings / (double) (perFloor * (maxFloors + 1)));
        if (dwellings > 40) {
            staircases = Math.max(staircases, (int) Math.ceil(dwellings / 40.0));
        }
        staircases = Math.max(1, Math.min(staircases, 8));
        int perStaircase = (int) Math.ceil(dwellings / (double) staircases);
        int floors = (int) Math.ceil(perStaircase / (double) perFloor);
        boolean elevator = floors > 5 || (programme.constructionYear() >= 2000 && floors >= 3)
                || (programme.type() == BuildingType.ETUDIANT && floors >= 2);
        return new Residence(programme, zone.place(), address, site, building, buildingNumber, dwellings, staircases,
                perFloor, elevator);
    }
}
