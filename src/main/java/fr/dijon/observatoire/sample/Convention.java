package fr.dijon.observatoire.sample;

/** APL convention of a programme (CONV, NUMCONV, DATCONV); {@link #NONE} when not conventionné. */
record Convention(boolean conventionne, String number, int day, int month, int year) {

    static final Convention NONE = new Convention(false, "", 0, 0, 0);
}
