package fr.dijon.observatoire.sample;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fills a zone with programmes until it holds exactly the requested number of dwellings, and
 * hands each building to a sink as soon as it is created (no buffering: the national sample
 * streams through here). Numbers the programmes of each landlord.
 */
final class QuotaFiller {

    private final ProgrammeFactory programmes;
    private final ResidenceFactory residences = new ResidenceFactory();
    private final ProgrammeNames names = new ProgrammeNames();
    private final Map<Landlord, Integer> programmeCounts = new HashMap<>();

    QuotaFiller(ProgrammeFactory programmes) {
        this.programmes = programmes;
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
                    ? names.next(zone.qpv(), zone.usedProgrammeNames(), random) : "";
            Programme programme = programmes.create(zone, type, landlord, number, name, random);
            residences.create(programme, zone, size, random).forEach(sink);
            remaining -= size;
        }
    }
}
