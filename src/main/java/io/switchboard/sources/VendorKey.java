package io.switchboard.sources;

/** A vendor with its freshly issued API key (shown this once). */
public record VendorKey(Vendor vendor, String apiKey) {}
