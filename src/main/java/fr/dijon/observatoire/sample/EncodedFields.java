package fr.dijon.observatoire.sample;

/** A run of RPLS fields already encoded in the output charset, with the number of ';' it contains. */
record EncodedFields(byte[] bytes, int separators) {
}
