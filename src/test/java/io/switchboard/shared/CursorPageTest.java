package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CursorPageTest {

    @Test
    void theExtraRowOnlySignalsAnotherPage() {
        List<UUID> rows = List.of(Ids.next(), Ids.next(), Ids.next());
        CursorPage<UUID> page = CursorPage.of(rows, 2, Function.identity());
        assertThat(page.data()).containsExactly(rows.get(0), rows.get(1));
        assertThat(CursorPage.after(page.nextCursor())).isEqualTo(rows.get(1));

        assertThat(CursorPage.of(rows, 3, Function.identity()).nextCursor()).isNull();
    }

    @Test
    void limitsAndCursorsAreValidated() {
        assertThat(CursorPage.limit(null)).isEqualTo(CursorPage.DEFAULT_LIMIT);
        assertThatThrownBy(() -> CursorPage.limit(0)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> CursorPage.limit(201)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> CursorPage.after("not base64!")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> CursorPage.after("AAAA")).isInstanceOf(InvalidInput.class);
        assertThat(CursorPage.after(null)).isNull();
    }

    @Test
    void theLowestIdOfAMomentSortsBelowEveryLaterId() throws InterruptedException {
        java.time.Instant now = java.time.Instant.now();
        Thread.sleep(2); // time passing is the point: the next id must come from a later millisecond
        UUID later = Ids.next();
        assertThat(Ids.lowestAt(now)).isLessThan(later);
        assertThat(Ids.lowestAt(now.plusSeconds(60))).isGreaterThan(later);
        assertThat(Ids.lowestAt(now).version()).isEqualTo(7);
    }

    @Test
    void idsAreTimeOrderedVersion7() {
        UUID first = Ids.next();
        UUID second = Ids.next();
        assertThat(first.version()).isEqualTo(7);
        assertThat(second).isGreaterThan(first);
    }
}
