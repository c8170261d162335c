package fr.dijon.observatoire.sample;

/** DROIT: the landlord's right on the dwelling. */
enum OwnershipRight {
    PLEINE_PROPRIETE("1", "Pleine propriété"),
    USUFRUIT("2", "Usufruit"),
    BAIL_EMPHYTEOTIQUE("3", "Bail emphytéotique"),
    BAIL_A_REHABILITATION("4", "Bail à réhabilitation");

    final String code;
    final String label;

    OwnershipRight(String code, String label) {
        this.code = code;
        this.label = label;
    }
}
