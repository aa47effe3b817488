package io.switchboard.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 19, for profiling: the application as {@code bench/http.sh} sets it up (embedded database, an
 * organization of N leads, the per-user rate limit raised), left running until the process is
 * stopped. Writes what a load generator needs to a file ({@code base}, {@code token}, {@code lead}, one
 * {@code name=value} a line), so that {@code wrk} and a flight recording ({@code jcmd <pid> JFR.start})
 * can be pointed at one endpoint at a time.
 *
 * <p>Usage: {@code bench/http-serve.sh [out file (target/http-serve.env)] [leads (5000)]}
 */
public final class HttpServe {

    private HttpServe() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/http-serve.env");
        int leads = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Path work = Files.createTempDirectory("switchboard-bench-");
        ConfigurableApplicationContext app = BenchApp.start(
                work,
                "--switchboard.identity.security.rate-limit.per-user-per-minute=1000000000",
                "--switchboard.identity.security.rate-limit.per-address-per-minute=1000000000",
                // long enough for a profiling session
                "--switchboard.identity.access-token-ttl=PT8H");
        String base = BenchApp.base(app);
        BenchApp.Session session = BenchApp.signUp(base, "Bench HTTP");
        DataSource data = app.getBean(DataSource.class);
        List<UUID> sample = BenchApp.loadLeads(work, data, UUID.fromString(session.organizationId()), leads, 100);
        Files.writeString(
                out,
                "base=" + base + "\ntoken=" + session.token() + "\nlead=" + sample.getFirst() + "\npid="
                        + ProcessHandle.current().pid() + "\n",
                StandardCharsets.UTF_8);
        System.out.println("serving at " + base + "; details in " + out.toAbsolutePath());
        Thread.currentThread().join();
    }
}
