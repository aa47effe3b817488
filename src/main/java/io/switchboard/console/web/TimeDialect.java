package io.switchboard.console.web;

import io.switchboard.identity.ViewerZone;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every console template {@code #times} ({@link ViewerTimes}): instants in the viewer's time
 * zone, read as a person reads them. Templates of every module use it, so no page formats a time on
 * its own.
 */
@Component
class TimeDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "times";

    private final ViewerZone viewerZone;
    private final Clock clock;

    TimeDialect(ViewerZone viewerZone, Clock clock) {
        super("switchboard-times");
        this.viewerZone = viewerZone;
        this.clock = clock;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return new ViewerTimes(new HumanTime(viewerZone.current(), clock.instant()));
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                // One per template execution: the zone is looked up once per page, not per time.
                return true;
            }
        };
    }
}
