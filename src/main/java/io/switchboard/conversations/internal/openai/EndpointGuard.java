package io.switchboard.conversations.internal.openai;

import io.switchboard.conversations.AnalysisFailed;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses endpoints Switchboard must not call on an organization's behalf: link-local addresses
 * (cloud metadata services) always, loopback and private networks when configured so.
 */
final class EndpointGuard {

    private EndpointGuard() {}

    static void check(URI endpoint, boolean blockPrivateNetworks) {
        String host = endpoint.getHost();
        if (host == null) {
            throw new AnalysisFailed(AnalysisFailed.Reason.NOT_CONFIGURED, "the endpoint URL has no host");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address.isLinkLocalAddress() || address.isAnyLocalAddress() || address.isMulticastAddress()) {
                    throw refused(host);
                }
                if (blockPrivateNetworks && (address.isLoopbackAddress() || address.isSiteLocalAddress())) {
                    throw refused(host);
                }
            }
        } catch (UnknownHostException e) {
            throw new AnalysisFailed(
                    AnalysisFailed.Reason.UNAVAILABLE, "the endpoint host " + host + " could not be resolved");
        }
    }

    private static AnalysisFailed refused(String host) {
        return new AnalysisFailed(
                AnalysisFailed.Reason.NOT_CONFIGURED,
                "the endpoint host " + host + " is on a network Switchboard does not call");
    }
}
