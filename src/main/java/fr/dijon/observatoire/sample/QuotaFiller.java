package fr.dijon.observatoire.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fills a zone with programmes until it holds exactly the requested number of dwellings, and
 * hands each building to a sink as soon as it is created (no buffering: the national sample
 * streams through here). Numbers the programmes of each landlord. Some named programmes of a city or suburb
 * get a common name again (« RESIDENCE LE PARC »), always far from the estates that already bear it.
 */
final class QuotaFiller {

    private final ProgrammeFactory programmes;
    private final ResidenceFactory residences;
    private final ProgrammeNames names = new ProgrammeNames();
    private final Map<Landlord, Integer> programmeCounts = new HashMap<>();

    QuotaFiller(ProgrammeFactory programmes) {
        this.programmes = programmes;
        this.residences = new ResidenceFactory(programmes);
    }

    /** Creates programmes totalling exactly {@code dwellings} dwellings in {@code zone}. */
    void fill(Zone zone, int dwellings, SeededRandom random, Consumer<Residence> sink) {
        int remaining = dwellings;
        while (remaining > 0) {
            BuildingType type = programmes.buildingType(zone.profile(), random);
            int size = zone.profile().programmeSize(type, random);
            if (size >= remaining || remaining - size < zone.profile().minSize) {
                size = remaining;
            }
            Landlord landlord = zone.landlords().pick(random);
            int number = programmeCounts.merge(landlord, 1, Integer::sum);
            String name = random.chance(zone.profile().namedShare)
                    ? names.next(zone.qpv(), zone.programmes().usedKeys(), random) : "";
            Programme programme = programmes.create(zone, type, landlord, number, name, random);
            List<Residence> buildings = residences.create(programme, zone, size, random);
            if (!name.isEmpty()) {
                if (random.chance(zone.profile().commonNameShare)) {
                    String common = names.recurring(zone.programmes(), buildings, random);
                    if (common != null) {
                        buildings = renamed(buildings, common);
                    }
                }
                zone.programmes().record(buildings.get(0).programme().name(), buildings);
            }
            buildings.forEach(sink);
            remaining -= size;
        }
    }

    private static List<Residence> renamed(List<Residence> buildings, String name) {
        List<Residence> renamed = new ArrayList<>(buildings.size());
        for (Residence b : buildings) {
            renamed.add(new Residence(b.programme().named(name), b.place(), b.address(), b.site(), b.building(),
                    b.buildingNumber(), b.dwellings(), b.staircases(), b.dwellingsPerFloor(), b.elevator()));
        }
        return renamed;
    }
}
