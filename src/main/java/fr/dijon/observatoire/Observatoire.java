package fr.dijon.observatoire;

import fr.dijon.observatoire.cli.CommandLineFactory;
import java.util.TimeZone;

/** Entry point of the {@code observatoire} command. */
public final class Observatoire {

    private Observatoire() {
    }

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris"));
        System.setProperty("java.awt.headless", "true");
        CommandLineFactory.typesetConsole();
        int exit = CommandLineFactory.create().execute(args);
        System.exit(exit);
    }
}
