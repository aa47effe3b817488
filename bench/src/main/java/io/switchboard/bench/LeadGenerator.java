package io.switchboard.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.switchboard.leads.PhoneNumbers;
import io.switchboard.shared.Ids;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Messy but deterministic lead files: a BOM, CRLF, quoted names with commas, phones from the US, the
 * UK and India in many formats; every 20th row repeats an earlier row's phone (5% duplicates) and
 * one row in a hundred has an impossible phone and no e-mail (1% invalid).
 */
final class LeadGenerator {

    static final String[] FIRST = {
        "James",
        "Mary",
        "Robert",
        "Patricia",
        "John",
        "Jennifer",
        "Michael",
        "Linda",
        "David",
        "Elizabeth",
        "Priya",
        "Arjun",
        "Ananya",
        "Rahul",
        "Oliver",
        "Amelia",
        "Harry",
        "Isla",
        "Sofia",
        "Mateo",
        "Wei",
        "Mei",
        "Fatima",
        "Omar"
    };
    static final String[] LAST = {
        "Smith",
        "Johnson",
        "Williams",
        "Brown",
        "Jones",
        "Garcia",
        "Miller",
        "Davis",
        "Rodriguez",
        "Martinez",
        "Sharma",
        "Patel",
        "Iyer",
        "Singh",
        "Taylor",
        "Evans",
        "Walker",
        "Wright",
        "Chen",
        "Wang",
        "Khan",
        "O'Brien"
    };
    static final int[] AREAS = {212, 310, 312, 415, 512, 617, 702, 713, 737, 206, 303, 404, 305, 469, 210, 602, 615, 704
    };
    // Not 77: parts of 07700 are reserved (Ofcom's drama range) and read as invalid.
    static final int[] UK_PREFIX = {71, 72, 73, 74, 75, 78, 79};

    record Stats(int duplicates, int invalid) {}

    private LeadGenerator() {}

    static Stats write(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        String[] phones = new String[rows];
        int duplicates = 0;
        int invalid = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CsvWriter csv =
                        CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            out.write('\uFEFF');
            csv.writeRecord("Full Name", "Phone", "Email", "Company", "City");
            for (int i = 0; i < rows; i++) {
                String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                if (i % 7 == 0) {
                    name = LAST[random.nextInt(LAST.length)] + ", " + FIRST[random.nextInt(FIRST.length)];
                }
                String phone;
                String email =
                        i % 2 == 0 ? name.replaceAll("[^A-Za-z]", ".").toLowerCase() + "." + i + "@example.com" : "";
                if (i % 100 == 7) {
                    phone = "12345";
                    email = "";
                    invalid++;
                } else if (i % 20 == 0 && i > 0) {
                    int j = i - 1 - random.nextInt(Math.min(i, 1000));
                    while (j % 100 == 7 || (j % 20 == 0 && j > 0)) {
                        j--;
                    }
                    phone = reformat(phones[j], random);
                    email = "";
                    duplicates++;
                } else {
                    phone = phone(i, random);
                }
                phones[i] = phone;
                csv.writeRecord(name, phone, email, i % 3 == 0 ? "Company " + (i % 5000) : "", "City " + (i % 300));
                if (i % 50_000 == 49_999) {
                    csv.flush(); // FastCSV buffers: the blank line goes after the rows before it
                    out.write("\r\n");
                }
            }
        }
        return new Stats(duplicates, invalid);
    }

    /** A unique, valid phone per row index, in one of several national and international formats. */
    static String phone(int i, Random random) {
        int kind = i % 10;
        if (kind < 6) {
            int area = AREAS[i % AREAS.length];
            int exchange = 200 + (i / AREAS.length / 10_000) % 800;
            int line = (i / AREAS.length) % 10_000;
            return switch (random.nextInt(4)) {
                case 0 -> "(%d) %d-%04d".formatted(area, exchange, line);
                case 1 -> "%d.%d.%04d".formatted(area, exchange, line);
                case 2 -> "+1 %d %d %04d".formatted(area, exchange, line);
                default -> "1-%d-%d-%04d".formatted(area, exchange, line);
            };
        }
        if (kind < 8) {
            String rest = "%08d".formatted(i);
            String prefix = Integer.toString(UK_PREFIX[(i / 10) % UK_PREFIX.length]);
            return random.nextBoolean()
                    ? "+44 " + prefix + rest.substring(0, 2) + " " + rest.substring(2)
                    : "0044 " + prefix + " " + rest.substring(0, 4) + " " + rest.substring(4);
        }
        String digits = "9" + "%09d".formatted(i);
        return random.nextBoolean() ? "+91 " + digits.substring(0, 5) + " " + digits.substring(5) : "+91-" + digits;
    }

    /** The same number written differently. */
    static String reformat(String phone, Random random) {
        return random.nextBoolean() ? phone.replaceAll("[().\\- ]", "") : phone;
    }

    /** The rows cleaned as the importer cleans them, in COPY's CSV, for the baseline. */
    static void writeCleaned(Path raw, Path cleaned) throws IOException {
        UUID organization = UUID.randomUUID();
        try (Reader in = Files.newBufferedReader(raw, StandardCharsets.UTF_8);
                CsvReader<CsvRecord> reader = CsvReader.builder()
                        .detectBomHeader(true)
                        .skipEmptyLines(true)
                        .ofCsvRecord(in);
                Writer out = Files.newBufferedWriter(cleaned, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().build(out)) {
            boolean header = true;
            for (CsvRecord record : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                List<String> fields = record.getFields();
                String phone = null;
                String region = null;
                String zone = null;
                if (PhoneNumbers.normalize(fields.get(1), "US") instanceof PhoneNumbers.Valid valid) {
                    phone = valid.e164();
                    region = valid.region();
                    zone = valid.timezone();
                }
                List<String> row = new ArrayList<>(
                        List.of(organization.toString(), Ids.next().toString(), fields.get(0)));
                row.add(fields.get(2).isEmpty() ? null : fields.get(2));
                row.add(phone);
                row.add(region);
                row.add(zone);
                row.add(fields.get(3).isEmpty() ? null : fields.get(3));
                row.addAll(List.of("csv_upload", "new", "cold", "0", "{}"));
                csv.writeRecord(row);
            }
        }
    }
}
