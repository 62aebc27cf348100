package com.northstar.platform.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.platform.core.error.ApiException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aPageStartsAfterThePagesBeforeIt() {
        assertThat(new PageRequest(1, 20).offset()).isZero();
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(40);
    }

    @Test
    void missingPartsTakeTheirDefaults() {
        assertThat(PageRequest.of(null, null, 10)).isEqualTo(new PageRequest(1, 10));
    }

    @Test
    void aPageMayStartAtTheMaximumOffset() {
        assertThat(new PageRequest(1001, 100).offset()).isEqualTo(PageRequest.MAX_OFFSET);
        assertThat(new PageRequest(201, 500).offset()).isEqualTo(PageRequest.MAX_OFFSET);
    }

    @Test
    void aPageBeyondTheMaximumOffsetIsABadRequestAskingToNarrowTheQuery() {
        assertThatThrownBy(() -> new PageRequest(1002, 100)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.getMessage()).isEqualTo(
                    "(pageNo - 1) * pageSize may not exceed 100000 rows; narrow the query with its filters");
        });
    }

    @Test
    void aHugePageNumberIsRefusedWithoutOverflowing() {
        assertThatThrownBy(() -> new PageRequest(Integer.MAX_VALUE, 500)).isInstanceOf(ApiException.class)
                .hasMessageContaining("may not exceed");
    }

    @Test
    void pageNumbersStartAtOneAndSizesAreCapped() {
        assertThatThrownBy(() -> new PageRequest(0, 10)).hasMessage("pageNo must be at least 1");
        assertThatThrownBy(() -> new PageRequest(1, 0)).hasMessage("pageSize must be between 1 and 500");
        assertThatThrownBy(() -> new PageRequest(1, 501)).hasMessage("pageSize must be between 1 and 500");
    }
}
