package io.switchboard.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ParameterFilterTest {

    @Test
    void onlyAGetOrHeadWithoutAQueryStringGoesUnwrapped() {
        assertThat(ParameterFilter.withoutParameters(new MockHttpServletRequest("GET", "/api/v1/leads/1")))
                .isTrue();
        assertThat(ParameterFilter.withoutParameters(new MockHttpServletRequest("HEAD", "/api/v1/leads/1")))
                .isTrue();
        MockHttpServletRequest query = new MockHttpServletRequest("GET", "/api/v1/leads");
        query.setQueryString("limit=0");
        assertThat(ParameterFilter.withoutParameters(query)).isFalse();
        assertThat(ParameterFilter.withoutParameters(new MockHttpServletRequest("POST", "/api/v1/leads")))
                .isFalse();
        assertThat(ParameterFilter.withoutParameters(new MockHttpServletRequest("PUT", "/api/v1/leads/1")))
                .isFalse();
    }

    @Test
    void parametersAreStillCheckedWhenThereAreAny() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/leads");
        request.setQueryString("limit=0");
        request.addParameter("limit", "0");
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        new ParameterFilter()
                .doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        assertThat(seen.get()).isNotSameAs(request);
        assertThatThrownBy(() -> seen.get().getParameter("limit")).isInstanceOf(InvalidInput.class);
    }
}
