package io.switchboard.shared.web;

import io.switchboard.shared.PathShapes;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's handler lookup, narrowed per path shape. For a path with variables MVC tries every
 * mapping of the application in turn (several hundred), and each try reads the request's method
 * through the filters' request wrappers first: a fifth of an authenticated point read's CPU. This
 * mapping remembers, per path shape ({@link PathShapes}), which mappings' path patterns match it, and
 * tries only those, with MVC's own conditions (method, parameters, headers, consumes, produces) and
 * MVC's own ordering of the matches. A path no mapping's pattern matches (a static file, an unknown
 * route) has no handler method here, as MVC would conclude after trying them all (for a static file
 * that search was half the CPU of serving it). Anything unusual is left to MVC as it was: candidates
 * of which none matches (MVC then answers 405 or 415, worked out over all mappings), a CORS preflight with several
 * matches, and two equally good matches (MVC's "ambiguous handler methods" error).
 *
 * <p>A pattern that matches a path also matches its shape, because no route names one particular UUID
 * (ShapeIndexedHandlerMappingIT checks every route). Shapes are few: one per route, plus those of
 * paths with other variables (a form's slug) and of unknown paths; past {@link #MAX_SHAPES} of them a
 * new shape is looked up the plain way, without being remembered.
 */
class ShapeIndexedHandlerMapping extends RequestMappingHandlerMapping {

    static final int MAX_SHAPES = 10_000;

    private final Map<String, Map<RequestMappingInfo, HandlerMethod>> shapes = new ConcurrentHashMap<>();

    private record Match(RequestMappingInfo registered, RequestMappingInfo match, HandlerMethod handler) {}

    @Override
    protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
            throws Exception {
        Map<RequestMappingInfo, HandlerMethod> candidates = candidates(lookupPath);
        if (candidates == null) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        if (candidates.isEmpty()) {
            return null; // no pattern matches the path: MVC's lookup would find neither a match nor a partial one
        }
        List<Match> matches = new ArrayList<>(2);
        candidates.forEach((candidate, handler) -> {
            RequestMappingInfo match = getMatchingMapping(candidate, request);
            if (match != null) {
                matches.add(new Match(candidate, match, handler));
            }
        });
        Match best = best(matches, lookupPath, request);
        if (best == null) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, best.handler());
        handleMatch(best.match(), lookupPath, request);
        return best.handler();
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        shapes.clear();
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        shapes.clear();
    }

    /** The mappings whose path patterns match the path's shape, or null to try them all. */
    @Nullable
    Map<RequestMappingInfo, HandlerMethod> candidates(String lookupPath) {
        String shape = PathShapes.shape(lookupPath);
        Map<RequestMappingInfo, HandlerMethod> candidates = shapes.get(shape);
        if (candidates == null && shapes.size() < MAX_SHAPES) {
            candidates = matching(shape);
            if (candidates != null) {
                shapes.put(shape, candidates);
            }
        }
        return candidates;
    }

    /** MVC's choice among the matches, or null where MVC's own lookup should decide. */
    private @Nullable Match best(List<Match> matches, String lookupPath, HttpServletRequest request) {
        List<Match> direct = matches.stream()
                .filter(m -> m.registered().getDirectPaths().contains(lookupPath))
                .toList();
        List<Match> considered = direct.isEmpty() ? matches : direct; // MVC tries direct paths first
        if (considered.size() == 1) {
            return considered.getFirst();
        }
        if (considered.isEmpty() || CorsUtils.isPreFlightRequest(request)) {
            return null;
        }
        Comparator<RequestMappingInfo> order = getMappingComparator(request);
        List<Match> sorted = considered.stream()
                .sorted(Comparator.comparing(Match::match, order))
                .toList();
        return order.compare(sorted.get(0).match(), sorted.get(1).match()) == 0 ? null : sorted.getFirst();
    }

    private @Nullable Map<RequestMappingInfo, HandlerMethod> matching(String shape) {
        PathContainer path = PathContainer.parsePath(shape);
        Map<RequestMappingInfo, HandlerMethod> matching = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                getHandlerMethods().entrySet()) {
            PathPatternsRequestCondition patterns = mapping.getKey().getPathPatternsCondition();
            if (patterns == null) {
                return null; // mapped with the older string patterns: nothing to index by
            }
            if (patterns.getPatterns().stream().anyMatch(pattern -> pattern.matches(path))) {
                matching.put(mapping.getKey(), mapping.getValue());
            }
        }
        return Collections.unmodifiableMap(matching);
    }
}
