package io.switchboard.identity;

import io.switchboard.shared.InvalidInput;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An organization's allowed client addresses as CIDR blocks, IPv4 and IPv6 ({@code 203.0.113.0/24},
 * {@code 2001:db8::/32}; a bare address is a /32 or /128). Empty allows every address. Parsing
 * accepts literals only: no host name is ever resolved.
 */
public record IpAllowlist(List<String> blocks) {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");

    public IpAllowlist {
        blocks = blocks.stream()
                .map(String::trim)
                .filter(b -> !b.isEmpty())
                .map(IpAllowlist::normalize)
                .toList();
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public boolean allows(@Nullable String address) {
        if (blocks.isEmpty()) {
            return true;
        }
        Optional<byte[]> client = address == null ? Optional.empty() : literal(address);
        return client.isPresent() && blocks.stream().anyMatch(block -> contains(block, client.get()));
    }

    private static boolean contains(String block, byte[] client) {
        int slash = block.indexOf('/');
        byte[] network = literal(block.substring(0, slash)).orElseThrow();
        int bits = Integer.parseInt(block.substring(slash + 1));
        if (network.length != client.length) {
            return false;
        }
        int shift = network.length * 8 - bits;
        return new BigInteger(1, network).shiftRight(shift).equals(new BigInteger(1, client).shiftRight(shift));
    }

    /** {@code address[/bits]} in canonical form with an explicit prefix length; refuses anything else. */
    static String normalize(String block) {
        int slash = block.indexOf('/');
        String address = slash < 0 ? block : block.substring(0, slash);
        byte[] bytes = literal(address).orElseThrow(() -> invalid(block));
        int max = bytes.length * 8;
        int bits;
        try {
            bits = slash < 0 ? max : Integer.parseInt(block.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw invalid(block);
        }
        if (bits < 0 || bits > max) {
            throw invalid(block);
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress() + "/" + bits;
        } catch (UnknownHostException e) {
            throw invalid(block);
        }
    }

    /** The bytes of an IPv4 or IPv6 literal (an IPv4-mapped IPv6 address counts as IPv4). */
    static Optional<byte[]> literal(String address) {
        String value = address.trim();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        var v4 = IPV4.matcher(value);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(v4.group(i + 1));
                if (part > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) part;
            }
            return Optional.of(bytes);
        }
        if (!value.contains(":") || !IPV6.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            // A literal containing ':' is parsed, never looked up.
            return Optional.of(InetAddress.getByName(value).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static InvalidInput invalid(String block) {
        return new InvalidInput(
                "ip_allowlist", "invalid_cidr", "'" + block + "' is not an IPv4 or IPv6 address or CIDR block");
    }
}
