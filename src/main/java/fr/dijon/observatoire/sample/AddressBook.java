package fr.dijon.observatoire.sample;

import java.util.List;
import java.util.Set;

/**
 * Hands out addresses on a pool of streets, never twice the same in a commune ({@code used} is
 * shared by all the address books of one commune).
 */
final class AddressBook {

    private final List<Street> streets;
    private final Set<String> used;
    private final int maxNumber;

    /** @param maxNumber highest street number used (at least 60); raise it for communes with many buildings */
    AddressBook(List<Street> streets, Set<String> used, int maxNumber) {
        if (streets.isEmpty()) {
            throw new IllegalArgumentException("no street");
        }
        this.streets = streets;
        this.used = used;
        this.maxNumber = Math.max(60, maxNumber);
    }

    /** A free address on a random street of the pool. */
    Address next(SeededRandom random) {
        while (true) {
            Street street = random.pick(streets);
            for (int attempt = 0; attempt < 12; attempt++) {
                int number = random.chance(0.7) ? random.between(1, 60) : random.between(1, maxNumber);
                Address address = new Address(number, suffix(random), street);
                if (used.add(address.key())) {
                    return address;
                }
            }
        }
    }

    /** A free address on the same street, a few numbers further (for the next building of an estate). */
    Address neighbour(Address address, SeededRandom random) {
        int number = address.number();
        while (true) {
            number += random.between(1, 4);
            Address next = new Address(number, "", address.street());
            if (used.add(next.key())) {
                return next;
            }
        }
    }

    private static String suffix(SeededRandom random) {
        double u = random.nextDouble();
        return u < 0.04 ? "B" : u < 0.05 ? "T" : "";
    }
}
