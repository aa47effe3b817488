package io.switchboard.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers to static files kept in memory by path ({@link StaticFileReplay}). Only a complete 200
 * without cookies is kept, at most {@value #MAX_FILE_BYTES} bytes each; once {@code maxFiles} answers
 * or {@code maxBytes} in all are kept, nothing more is (the console's files are a few dozen, so a
 * full cache means someone is trying addresses: those are served the slow way, not remembered).
 */
final class StaticFileCache {

    static final int MAX_FILES = 1_000;
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    /** Headers the server writes itself for every answer, or that belong to one answer only. */
    private static final Set<String> NOT_KEPT = Set.of("content-length", "date", "connection", "keep-alive");

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final int maxFiles;
    private final long maxBytes;

    StaticFileCache(int maxFiles, long maxBytes) {
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes;
    }

    @Nullable
    Answer get(String path) {
        return answers.get(path);
    }

    /** Keeps the answer when it may be replayed and there is room; says whether it was kept. */
    boolean offer(String path, @Nullable Answer answer) {
        if (answer == null || answers.size() >= maxFiles || answers.containsKey(path)) {
            return false;
        }
        if (bytes.addAndGet(answer.body().length) > maxBytes) {
            bytes.addAndGet(-answer.body().length);
            return false;
        }
        if (answers.putIfAbsent(path, answer) != null) {
            bytes.addAndGet(-answer.body().length);
            return false;
        }
        return true;
    }

    int size() {
        return answers.size();
    }

    /** A response as it was sent: content type, headers in order (name, value pairs) and body. */
    record Answer(@Nullable String contentType, List<String> headers, byte[] body) {

        /** The recorded response, or null when it is not one to replay. */
        static @Nullable Answer of(ContentCachingResponseWrapper response) {
            if (response.getStatus() != HttpServletResponse.SC_OK
                    || response.getContentSize() > MAX_FILE_BYTES
                    || response.containsHeader("Set-Cookie")) {
                return null;
            }
            List<String> headers = new ArrayList<>();
            for (String name : response.getHeaderNames()) {
                if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT)) && !name.equalsIgnoreCase("Content-Type")) {
                    for (String value : response.getHeaders(name)) {
                        headers.add(name);
                        headers.add(value);
                    }
                }
            }
            return new Answer(response.getContentType(), List.copyOf(headers), response.getContentAsByteArray());
        }

        void writeTo(HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_OK);
            if (contentType != null) {
                response.setContentType(contentType);
            }
            for (int i = 0; i < headers.size(); i += 2) {
                response.addHeader(headers.get(i), headers.get(i + 1));
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
