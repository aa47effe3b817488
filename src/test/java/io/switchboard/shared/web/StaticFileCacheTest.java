package io.switchboard.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.ContentCachingResponseWrapper;

class StaticFileCacheTest {

    @Test
    void aFileIsReplayedWithItsTypeHeadersAndBody() throws Exception {
        StaticFileCache cache = new StaticFileCache(10, 1_000);
        assertThat(cache.offer("/js/a.js", StaticFileCache.Answer.of(sent(200, "let a = 1;", false))))
                .isTrue();

        MockHttpServletResponse replay = new MockHttpServletResponse();
        cache.get("/js/a.js").writeTo(replay);

        assertThat(replay.getStatus()).isEqualTo(200);
        assertThat(replay.getContentType()).isEqualTo("text/javascript");
        assertThat(replay.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public");
        assertThat(replay.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(replay.getContentLength()).isEqualTo(10);
        assertThat(replay.getContentAsString()).isEqualTo("let a = 1;");
        assertThat(cache.get("/js/b.js")).isNull();
    }

    @Test
    void onlyACompleteOkWithoutCookiesIsKept() throws Exception {
        assertThat(StaticFileCache.Answer.of(sent(404, "not found", false))).isNull();
        assertThat(StaticFileCache.Answer.of(sent(206, "let", false))).isNull();
        assertThat(StaticFileCache.Answer.of(sent(200, "let a = 1;", true))).isNull();
    }

    @Test
    void aFullCacheKeepsNothingMore() throws Exception {
        StaticFileCache byCount = new StaticFileCache(2, 1_000);
        assertThat(byCount.offer("/js/1.js", StaticFileCache.Answer.of(sent(200, "1", false))))
                .isTrue();
        assertThat(byCount.offer("/js/2.js", StaticFileCache.Answer.of(sent(200, "2", false))))
                .isTrue();
        assertThat(byCount.offer("/js/3.js", StaticFileCache.Answer.of(sent(200, "3", false))))
                .isFalse();
        assertThat(byCount.get("/js/3.js")).isNull();

        StaticFileCache byBytes = new StaticFileCache(10, 15);
        assertThat(byBytes.offer("/js/1.js", StaticFileCache.Answer.of(sent(200, "0123456789", false))))
                .isTrue();
        assertThat(byBytes.offer("/js/2.js", StaticFileCache.Answer.of(sent(200, "0123456789", false))))
                .isFalse();
        assertThat(byBytes.offer("/js/3.js", StaticFileCache.Answer.of(sent(200, "01234", false))))
                .isTrue();
        assertThat(byBytes.size()).isEqualTo(2);
    }

    @Test
    void onlyAPlainGetOfAStaticFileInItsNormalFormIsReplayed() {
        assertThat(StaticFileReplay.replayable(get("/js/console.js"))).isEqualTo("/js/console.js");
        assertThat(StaticFileReplay.replayable(get("/api/v1/me"))).isNull();
        assertThat(StaticFileReplay.replayable(get("/js//console.js"))).isNull();
        assertThat(StaticFileReplay.replayable(get("/js/../js/console.js"))).isNull();
        MockHttpServletRequest query = get("/js/console.js");
        query.setQueryString("v=1");
        assertThat(StaticFileReplay.replayable(query)).isNull();
        MockHttpServletRequest range = get("/js/console.js");
        range.addHeader("Range", "bytes=0-9");
        assertThat(StaticFileReplay.replayable(range)).isNull();
        MockHttpServletRequest head = get("/js/console.js");
        head.setMethod("HEAD");
        assertThat(StaticFileReplay.replayable(head)).isNull();
    }

    private static MockHttpServletRequest get(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        return request;
    }

    private static ContentCachingResponseWrapper sent(int status, String body, boolean cookie) throws Exception {
        ContentCachingResponseWrapper response = new ContentCachingResponseWrapper(new MockHttpServletResponse());
        response.setStatus(status);
        response.setContentType("text/javascript");
        response.setHeader("Cache-Control", "max-age=31536000, public");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (cookie) {
            response.addHeader("Set-Cookie", "a=b");
        }
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        return response;
    }
}
