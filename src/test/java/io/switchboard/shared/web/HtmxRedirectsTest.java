package io.switchboard.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

class HtmxRedirectsTest {

    private final HtmxRedirects redirects = new HtmxRedirects();

    @Test
    void anHtmxFormsRedirectBecomesAPageLoad() {
        var request = new MockHttpServletRequest("POST", "/leads");
        request.addHeader("HX-Request", "true");
        var response = new MockHttpServletResponse();
        var answer = new ModelAndView("redirect:/leads/42");

        redirects.postHandle(request, response, new Object(), answer);

        assertThat(response.getHeader("HX-Redirect")).isEqualTo("/leads/42");
        assertThat(answer.getViewName()).isEqualTo("fragments :: empty");
    }

    @Test
    void aRedirectViewToo() {
        var request = new MockHttpServletRequest("POST", "/leads");
        request.addHeader("HX-Request", "true");
        var response = new MockHttpServletResponse();
        var answer = new ModelAndView(new RedirectView("/scoring"));

        redirects.postHandle(request, response, new Object(), answer);

        assertThat(response.getHeader("HX-Redirect")).isEqualTo("/scoring");
    }

    @Test
    void aPlainFormKeepsItsRedirectAndAPageStaysAPage() {
        var plain = new MockHttpServletRequest("POST", "/leads");
        var response = new MockHttpServletResponse();
        var redirect = new ModelAndView("redirect:/leads/42");
        redirects.postHandle(plain, response, new Object(), redirect);
        assertThat(redirect.getViewName()).isEqualTo("redirect:/leads/42");

        var htmx = new MockHttpServletRequest("POST", "/leads/42/notes");
        htmx.addHeader("HX-Request", "true");
        var fragment = new ModelAndView("leads/detail :: notes");
        redirects.postHandle(htmx, response, new Object(), fragment);
        assertThat(fragment.getViewName()).isEqualTo("leads/detail :: notes");
        assertThat(response.getHeader("HX-Redirect")).isNull();
    }
}
