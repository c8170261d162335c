package fr.dijon.observatoire.sample;

/**
 * A housing programme: what all its buildings (one to three addresses) share. The name is IMMEU
 * (empty when unnamed). {@code rentLevel} is the programme's standard-normal rent position within
 * its financing group. {@code energy} is null when the programme has no DPE.
 */
record Programme(
        Landlord landlord,
        int landlordNumber,
        String name,
        BuildingType type,
        int constructionYear,
        int firstLettingYear,
        int patrimonyYear,
        Origin origin,
        Financing financing,
        String otherFinancing,
        Convention convention,
        OwnershipRight right,
        PatrimonySegment segment,
        EnergyRating energy,
        double rentLevel,
        boolean accessibilityKnown) {

    /** The same programme under another name. */
    Programme named(String newName) {
        return new Programme(landlord, landlordNumber, newName, type, constructionYear, firstLettingYear,
                patrimonyYear, origin, financing, otherFinancing, convention, right, segment, energy, rentLevel,
                accessibilityKnown);
    }
}
