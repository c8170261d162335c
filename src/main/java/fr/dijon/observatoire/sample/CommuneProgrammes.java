package fr.dijon.observatoire.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The programme names of one commune (shared by its QPV and non-QPV zones): the keys already used, and where
 * the buildings of each named programme stand, so that a common name given twice ("RESIDENCE LE PARC") is only
 * given to estates far apart, as homonyms are in real cities.
 */
final class CommuneProgrammes {

    private final Set<String> usedKeys = new HashSet<>();
    private final Map<String, List<Site>> sitesByKey = new HashMap<>();

    /** The name keys used so far (see {@link ProgrammeNames#key}). */
    Set<String> usedKeys() {
        return usedKeys;
    }

    /** Records the buildings of a named programme. */
    void record(String name, List<Residence> buildings) {
        String key = ProgrammeNames.key(name);
        usedKeys.add(key);
        List<Site> sites = sitesByKey.computeIfAbsent(key, k -> new ArrayList<>());
        for (Residence building : buildings) {
            sites.add(building.site());
        }
    }

    /** Whether every building of {@code buildings} is at least {@code metres} from every building named {@code name}. */
    boolean farFromHomonyms(String name, List<Residence> buildings, double metres) {
        for (Site other : sitesByKey.getOrDefault(ProgrammeNames.key(name), List.of())) {
            for (Residence building : buildings) {
                if (Math.hypot(other.x() - building.site().x(), other.y() - building.site().y()) < metres) {
                    return false;
                }
            }
        }
        return true;
    }
}
