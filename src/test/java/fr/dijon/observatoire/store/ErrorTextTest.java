package fr.dijon.observatoire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Technical failures become French sentences saying what to do; our own French messages pass through. */
class ErrorTextTest {

    @Test
    void aFullDiskIsSaidInFrenchWithWhatToDo() {
        Exception failure = new IllegalStateException("Job failed", new SQLException(
                "TransactionContext Error: Failed to commit: cannot commit - could not write to WAL: No space left on device"));

        assertThat(ErrorText.french(failure)).startsWith("le disque est plein").contains("Libérez de la place")
                .doesNotContain("TransactionContext");
    }

    @Test
    void ourOwnFrenchMessageIsKeptAndRawEnglishErrorsPointToDebug() {
        Exception ours = new RuntimeException(new IllegalStateException("panne injectée au point « atlas »"));
        Exception raw = new RuntimeException(new SQLException("Invalid Input Error: The CSV Parser state machine "
                + "reached an invalid state."));

        assertThat(ErrorText.french(ours)).isEqualTo("panne injectée au point « atlas »");
        assertThat(ErrorText.french(raw)).contains("--debug").doesNotContain("Invalid Input Error");
    }
}
