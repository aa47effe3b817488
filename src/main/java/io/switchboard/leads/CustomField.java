package io.switchboard.leads;

import java.util.List;
import java.util.UUID;

/** A custom lead field of the organization: its key in {@code custom_fields}, type and choices. */
public record CustomField(
        UUID id, String key, String label, FieldType fieldType, List<String> options, boolean required, int position) {}
