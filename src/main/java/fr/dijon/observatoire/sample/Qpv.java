package fr.dijon.observatoire.sample;

/** A quartier prioritaire de la politique de la ville (QPV 2024): code such as QN02103M, and name. */
record Qpv(String code, String name) {
}
