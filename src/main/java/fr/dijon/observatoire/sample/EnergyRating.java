package fr.dijon.observatoire.sample;

/** A DPE: month and year, energy class and greenhouse-gas class (0 = A … 6 = G). */
record EnergyRating(int month, int year, int energyClass, int gasClass) {
}
