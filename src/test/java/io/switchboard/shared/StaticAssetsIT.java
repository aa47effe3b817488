package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console's files are linked by content hash and kept by browsers for a year, and they are
 * served without the per-request work of the API and the console (no request id, no cookies).
 */
class StaticAssetsIT extends ApiTest {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|img|webjars)/[^\"]+)\"");

    @Test
    void pagesLinkHashedFilesThatAreCachedForAYearAndServedWithoutPerRequestWork() {
        var page = api.get("/sign-in", null);
        assertThat(page.status()).isEqualTo(200);
        List<String> assets = new ArrayList<>();
        Matcher m = ASSET.matcher(page.body());
        while (m.find()) {
            assets.add(m.group(1));
        }
        assertThat(assets).isNotEmpty().allMatch(path -> path.matches(".*-[0-9a-f]{32}\\.[a-z]+"), "content-hashed");

        for (String asset : assets) {
            var file = api.get(asset, null);
            assertThat(file.status()).as(asset).isEqualTo(200);
            assertThat(file.header("Cache-Control")).as(asset).contains("max-age=31536000", "public");
            assertThat(file.header("X-Content-Type-Options")).as(asset).isEqualTo("nosniff");
            assertThat(file.header("X-Request-Id")).as(asset).isNull();
            assertThat(file.header("Set-Cookie")).as(asset).isNull();

            // Served again from memory (StaticFileReplay): the same answer, headers included.
            var again = api.get(asset, null);
            assertThat(again.status()).as(asset).isEqualTo(200);
            assertThat(again.body()).as(asset).isEqualTo(file.body());
            for (String header : List.of("Cache-Control", "X-Content-Type-Options", "Content-Type", "Content-Length")) {
                assertThat(again.header(header)).as(asset + " " + header).isEqualTo(file.header(header));
            }
            // A range is answered by the resource handler, not from memory.
            if (asset.endsWith(".js") || asset.endsWith(".css")) {
                var range = api.send("GET", asset, null, null, java.util.Map.of("Range", "bytes=0-9"));
                assertThat(range.status()).as(asset).isEqualTo(206);
                assertThat(range.body()).as(asset).isEqualTo(file.body().substring(0, 10));
            }
        }
        assertThat(api.get("/js/no-such-file.js", null).status()).isEqualTo(404);
        assertThat(api.get("/js/no-such-file.js", null).status()).isEqualTo(404);
    }
}
