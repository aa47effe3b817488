package io.switchboard.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.compliance.DncEntry;
import io.switchboard.compliance.DncEntryId;
import io.switchboard.compliance.DncImport;
import io.switchboard.compliance.DncImportId;
import io.switchboard.compliance.DncSource;
import io.switchboard.compliance.DoNotCall;
import io.switchboard.compliance.PlatformDoNotCall;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(
        name = "Do not call",
        description = "The organization's do-not-call list (numbers in E.164), CSV imports, and the platform-wide"
                + " list kept by platform super admins")
class DncController {

    private final DoNotCall list;
    private final PlatformDoNotCall platform;

    DncController(DoNotCall list, PlatformDoNotCall platform) {
        this.list = list;
        this.platform = platform;
    }

    /** @param phone as people write it; read in the organization's default region unless it starts with + */
    record AddEntry(@NotBlank @Size(max = 40) String phone, @Nullable @Size(max = 500) String reason) {}

    @GetMapping("/api/v1/dnc")
    @PreAuthorize("hasAuthority('compliance:read')")
    @Operation(
            summary = "The organization's do-not-call list, newest first",
            description = "phone finds one number (any format); q matches digits of the number or words of the"
                    + " reason; source filters (manual, import, call_request, transcript).")
    CursorPage<DncEntry> entries(
            @RequestParam(required = false) @Nullable @Size(max = 200) String q,
            @RequestParam(required = false) @Nullable @Size(max = 64) String phone,
            @RequestParam(required = false) @Nullable DncSource source,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return list.list(q, phone, source, cursor, limit);
    }

    @PostMapping("/api/v1/dnc")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Add a number (409 already_listed when it is on the list)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DncEntry> add(@Valid @RequestBody AddEntry body, @AuthenticationPrincipal AuthenticatedUser me) {
        DncEntry entry = list.addManually(body.phone(), body.reason(), me.id().value());
        return ResponseEntity.created(URI.create("/api/v1/dnc/" + entry.id())).body(entry);
    }

    @GetMapping("/api/v1/dnc/{id}")
    @PreAuthorize("hasAuthority('compliance:read')")
    @Operation(summary = "One entry")
    DncEntry entry(@PathVariable UUID id) {
        return list.get(DncEntryId.of(id));
    }

    @DeleteMapping("/api/v1/dnc/{id}")
    @PreAuthorize("hasAuthority('compliance:configure')")
    @Operation(summary = "Take a number off the list (it may be called again)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable UUID id) {
        list.remove(DncEntryId.of(id));
    }

    @PostMapping(value = "/api/v1/dnc/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(
            summary = "Import numbers from a CSV file (multipart field: file)",
            description = "A column named phone (or number, mobile, telephone…; or the file's only column; a file"
                    + " without a header line works too) and optionally reason. Every data row is reported:"
                    + " rows = added + duplicates + invalid, and problems lists each duplicate and invalid row"
                    + " with its line (the header is line 1). A file that cannot be read adds nothing."
                    + " At most 100,000 rows per file.")
    DncImport importCsv(@RequestPart("file") MultipartFile file, @AuthenticationPrincipal AuthenticatedUser me)
            throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInput("file", "empty_file", "the file is empty");
        }
        try (InputStream input = file.getInputStream()) {
            String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
            return list.importCsv(name, input, me.id().value());
        }
    }

    @GetMapping("/api/v1/dnc/imports/{id}")
    @PreAuthorize("hasAuthority('compliance:read')")
    @Operation(summary = "The report of an import")
    DncImport importReport(@PathVariable UUID id) {
        return list.getImport(DncImportId.of(id));
    }

    @GetMapping("/api/v1/platform/dnc")
    @PreAuthorize("hasAuthority('platform:admin')")
    @Operation(summary = "The platform-wide do-not-call list (platform super admins)")
    CursorPage<DncEntry> platformEntries(
            @RequestParam(required = false) @Nullable @Size(max = 200) String q,
            @RequestParam(required = false) @Nullable @Size(max = 64) String phone,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return platform.list(q, phone, cursor, limit);
    }

    @PostMapping("/api/v1/platform/dnc")
    @PreAuthorize("hasAuthority('platform:admin')")
    @Operation(
            summary = "Add a number to the platform-wide list (signed-in super admins; international form)",
            description = "No organization may call it afterwards. 409 already_listed when it is listed.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DncEntry> addPlatform(
            @Valid @RequestBody AddEntry body, @AuthenticationPrincipal AuthenticatedUser me) {
        me.requireSession();
        DncEntry entry = platform.add(body.phone(), body.reason());
        return ResponseEntity.created(URI.create("/api/v1/platform/dnc/" + entry.id()))
                .body(entry);
    }

    @DeleteMapping("/api/v1/platform/dnc/{id}")
    @PreAuthorize("hasAuthority('platform:admin')")
    @Operation(summary = "Take a number off the platform-wide list (signed-in super admins)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removePlatform(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        me.requireSession();
        platform.remove(DncEntryId.of(id));
    }
}
