package com.northstar.platform.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.error.ApiException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    private static final Caller OPS = new Caller("ops", Set.of(Role.OPS), List.of(), null, List.of());
    private static final Caller MERCHANT = new Caller("m", Set.of(Role.MERCHANT), List.of("M001", "M002"), null,
            List.of());

    @Test
    void aMerchantSeesOnlyTheMerchantsItsTokenNamesWhateverItAsksFor() {
        assertThat(QueryText.visibleMerchants(Set.of("M002", "M009"), MERCHANT)).containsExactly("M002");
        assertThat(QueryText.visibleMerchants(Set.of("M009"), MERCHANT)).isEmpty();
        assertThat(QueryText.visibleMerchants(null, MERCHANT)).containsExactly("M001", "M002");
    }

    @Test
    void anUnscopedCallerSeesWhatItAsksForOrEveryMerchant() {
        assertThat(QueryText.visibleMerchants(Set.of("M009"), OPS)).containsExactly("M009");
        assertThat(QueryText.visibleMerchants(null, OPS)).isNull();
    }

    @Test
    void blankTextIsNotGivenAndListsAreBoundedSetsOfTrimmedValues() {
        assertThat(QueryText.text("  ")).isNull();
        assertThat(QueryText.text(" M001 ")).isEqualTo("M001");
        assertThat(QueryText.codes("merchantIds", List.of("M001", " M001", "", "M002"))).containsExactly("M001", "M002");
        assertThatThrownBy(() -> QueryText.codes("merchantIds",
                Collections.nCopies(QueryText.MAX_LIST_SIZE + 1, "M001"))).isInstanceOf(ApiException.class)
                .hasMessageContaining("merchantIds");
    }
}
