package fr.dijon.observatoire.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final List<String> PUBLISHED = List.of("2026-09", "2026-11", "2026-08", "2026-10");

    @Test
    void keepingTheLatestRemovesTheOldestPeriodsWhateverTheOrderTheyAreListedIn() {
        assertThat(Retention.keepLatest(PUBLISHED, 2)).containsExactly("2026-08", "2026-09");
        assertThat(Retention.keepLatest(PUBLISHED, 1)).containsExactly("2026-08", "2026-09", "2026-10");
        assertThat(Retention.keepLatest(PUBLISHED, 4)).isEmpty();
        assertThat(Retention.keepLatest(PUBLISHED, 9)).isEmpty();
    }

    @Test
    void keepingNothingIsRefused() {
        assertThatThrownBy(() -> Retention.keepLatest(PUBLISHED, 0)).isInstanceOf(Retention.RefusedException.class)
                .hasMessageContaining("au moins une");
    }

    @Test
    void theLatestPublicationIsNeverRemovedEvenWhenItIsTheOnlyOne() {
        assertThat(Retention.remove(PUBLISHED, List.of("2026-10", "2026-08"))).containsExactly("2026-08", "2026-10");
        assertThatThrownBy(() -> Retention.remove(PUBLISHED, List.of("2026-08", "2026-11")))
                .hasMessageContaining("2026-11 est la plus récente");
        assertThatThrownBy(() -> Retention.remove(List.of("2026-11"), List.of("2026-11")))
                .hasMessageContaining("jamais supprimée");
        assertThatThrownBy(() -> Retention.remove(PUBLISHED, List.of("2025-01")))
                .hasMessageContaining("aucune publication pour 2025-01");
    }
}
