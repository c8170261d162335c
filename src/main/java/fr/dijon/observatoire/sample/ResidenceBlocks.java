package fr.dijon.observatoire.sample;

/**
 * The runs of RPLS columns that are identical for every dwelling of a residence, encoded once per
 * residence. Each run ends with ';' except {@link #geolocation}, the last public column.
 */
final class ResidenceBlocks {

    /** REG_CODE … NOMVOIE (columns 1-15). */
    final EncodedFields address;
    /** BAT … TYPECONST_LIBELLE (columns 23-30). */
    final EncodedFields building;
    /** CONSTRUCT … ORIGINE_LIBELLE (columns 33-37). */
    final EncodedFields years;
    /** FINANAUTRE … CUS (columns 40-46). */
    final EncodedFields convention;
    /** SRU_EXPIR … LIBSEGPATRIM (columns 50-53). */
    final EncodedFields segment;
    /** PLG_VOIE … PLG_CODEPOSTAL (columns 56-73). */
    final EncodedFields geolocation;
    /** IDENT_ORG;RS; (loi columns 76-77). */
    final EncodedFields landlord;

    /** @param b scratch buffer, left empty */
    ResidenceBlocks(Residence residence, int referenceYear, SeededRandom random, RowBytes b) {
        Programme programme = residence.programme();
        Place place = residence.place();
        Address address = residence.address();
        Qpv qpv = residence.site().qpv();
        b.reset();

        b.text(place.regionCode()).sep().text(place.regionName()).sep()
                .text(place.departementCode()).sep().text(place.departementName()).sep()
                .text(place.epciCode()).sep().text(place.epciName()).sep()
                .text(place.communeCode()).sep().text(place.communeName()).sep()
                .text(place.postalCode()).sep()
                .text(programme.right().code).sep().text(programme.right().label).sep()
                .number(address.number()).sep().text(address.suffix()).sep()
                .text(address.street().typeCode()).sep().text(address.street().name()).sep();
        this.address = b.takeFields();

        b.text(residence.building()).sep().text(programme.name()).sep().sep().sep();
        if (qpv != null) {
            b.text(qpv.code()).sep().text(qpv.name()).sep();
        } else {
            b.sep().sep();
        }
        b.text(programme.type().code).sep().text(programme.type().label).sep();
        this.building = b.takeFields();

        b.number(programme.constructionYear()).sep().number(programme.firstLettingYear()).sep()
                .number(programme.patrimonyYear()).sep().text(programme.origin().code).sep()
                .text(programme.origin().label).sep();
        this.years = b.takeFields();

        Convention convention = programme.convention();
        char conventionCode = convention.conventionne() ? '1' : '2';
        b.text(programme.otherFinancing()).sep().ascii(conventionCode).sep().text(convention.number()).sep();
        if (convention.conventionne()) {
            b.date(convention.day(), convention.month(), convention.year());
        }
        b.sep();
        if (programme.patrimonyYear() == referenceYear - 1) {
            b.text(programme.origin().code).sep().text(programme.origin().newDwellingLabel()).sep();
        } else {
            b.sep().sep();
        }
        b.ascii(conventionCode).sep();
        this.convention = b.takeFields();

        b.sep();
        if (convention.conventionne()) {
            b.ascii('1');
        } else if (programme.constructionYear() < 1977) {
            b.ascii('2');
        }
        b.sep().text(programme.segment().code).sep().text(programme.segment().label).sep();
        this.segment = b.takeFields();

        Site site = residence.site();
        b.text(address.street().geocodedLabel()).sep().number(site.epsg()).sep().amount(site.x()).sep()
                .amount(site.y()).sep().text(qpv == null ? "" : qpv.code()).sep()
                .text(site.irisCode()).sep().text(site.irisName()).sep();
        appendGeocodingQuality(b, random);
        b.text(place.urbanUnitCode()).sep().text(place.urbanUnitName()).sep()
                .text(place.attractionAreaCode()).sep().text(place.attractionAreaName()).sep()
                .text(place.employmentZoneCode()).sep().text(place.employmentZoneName()).sep()
                .text(place.postalCode());
        this.geolocation = b.takeFields();

        b.text(programme.landlord().siren()).sep().text(programme.landlord().name()).sep();
        this.landlord = b.takeFields();
    }

    /** QUALITE_VOIE;QUALITE_XY;DISTANCE_PRECISION;QUALITE_GEOLOC; (plausible geocoder quality codes). */
    private static void appendGeocodingQuality(RowBytes b, SeededRandom random) {
        double u = random.nextDouble();
        b.ascii(u < 0.92 ? '1' : u < 0.98 ? '2' : '3').sep();
        double v = random.nextDouble();
        if (v < 0.80) {
            b.number(11).sep().number(random.between(0, 5)).sep().ascii('1').sep();
        } else if (v < 0.92) {
            b.number(12).sep().number(random.between(10, 60)).sep().ascii('2').sep();
        } else {
            b.number(21).sep().number(random.between(50, 400)).sep().ascii('3').sep();
        }
    }
}
