package io.switchboard.leads.internal;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.switchboard.leads.CustomField;
import io.switchboard.leads.ImportFile;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The first step of a preview: every record of the file cleaned ({@link ImportRows}) in parallel
 * chunks, checked against the earlier rows of the file ({@link FileDuplicates}), and copied in file
 * order into staging, where the set-based checks take over.
 */
@Component
public class ImportCleaning {

    static final int CHUNK = 4096;

    private final ImportStaging staging;

    ImportCleaning(ImportStaging staging) {
        this.staging = staging;
    }

    /** Cleans records in parallel chunks and copies them, in file order, into staging. */
    public void stage(ImportFile file, ImportColumns.Resolved columns, String region, List<CustomField> fields) {
        ImportStaging.Copy copy = staging.open();
        FileDuplicates duplicates = new FileDuplicates();
        List<CsvRecord> chunk = new ArrayList<>(CHUNK);
        try {
            for (CsvRecord record = file.next(); record != null; record = file.next()) {
                chunk.add(record);
                if (chunk.size() == CHUNK) {
                    copyChunk(copy, duplicates, chunk, columns, region, fields);
                }
            }
            copyChunk(copy, duplicates, chunk, columns, region, fields);
        } catch (RuntimeException e) {
            copy.cancel();
            throw e;
        }
        copy.finish();
    }

    /** Cleans a chunk in parallel, then checks it for duplicates and copies it in file order. */
    private static void copyChunk(
            ImportStaging.Copy copy,
            FileDuplicates duplicates,
            List<CsvRecord> chunk,
            ImportColumns.Resolved columns,
            String region,
            List<CustomField> fields) {
        chunk.parallelStream()
                .map(r -> ImportRows.read((int) r.getStartingLineNumber(), r.getFields(), columns, region, fields))
                .toList()
                .forEach(row -> copy.add(row, duplicates.check(row)));
        chunk.clear();
    }
}
