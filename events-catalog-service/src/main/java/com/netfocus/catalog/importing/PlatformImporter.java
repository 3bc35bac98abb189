package com.netfocus.catalog.importing;

import com.netfocus.catalog.platform.AddPlatform;
import com.netfocus.catalog.platform.PlatformCatalog;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.importing.ImportFormat;
import com.netfocus.support.importing.ParsedFile;
import com.netfocus.support.importing.RowRejection;
import com.netfocus.support.problem.RejectedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Imports a file of platforms into the caller's org, each row exactly as if it had been sent to
 * {@code POST /api/v1/platforms}: the same field constraints (those of {@link AddPlatform}, checked here as
 * {@code @Valid} checks them there), then {@link PlatformCatalog#add}, the one path that applies the rules
 * between fields ({@code PlatformRules}), stores the platform and publishes {@code PlatformListed}.
 * Rows are independent: a rejected row stores nothing and does not stop the others.
 */
@Service
class PlatformImporter {

    static final ImportFormat ICALENDAR = new ImportFormat("an iCalendar file",
            List.of(MediaType.parseMediaType("text/calendar")), List.of(".ics", ".ical"));
    static final List<ImportFormat> FORMATS = List.of(ImportFormat.CSV, ICALENDAR);

    private final PlatformCatalog catalog;
    private final Validator validator;
    private final CatalogImportProperties properties;

    PlatformImporter(PlatformCatalog catalog, Validator validator, CatalogImportProperties properties) {
        this.catalog = catalog;
        this.validator = validator;
        this.properties = properties;
    }

    /** @param text the file's text, in one of {@link #FORMATS} */
    CatalogImportReport importFile(Caller caller, ImportFormat format, String text) {
        ParsedFile<PlatformRow> parsed = format.equals(ICALENDAR)
                ? PlatformIcsReader.read(text, properties)
                : PlatformCsvReader.read(text, properties);
        List<RowRejection> rejected = new ArrayList<>(parsed.rejected());
        List<String> platformIds = new ArrayList<>();
        for (PlatformRow row : parsed.rows()) {
            if (!row.unreadable().isEmpty()) {
                rejected.addAll(RowRejection.ofErrors(row.line(), row.unreadable()));
                continue;
            }
            Set<ConstraintViolation<AddPlatform>> violations = validator.validate(row.platform());
            if (!violations.isEmpty()) {
                rejected.addAll(RowRejection.of(row.line(), violations));
                continue;
            }
            try {
                platformIds.add(catalog.add(caller, row.platform()).platformId());
            } catch (RejectedInputException broken) {
                rejected.addAll(RowRejection.ofErrors(row.line(), broken.errors()));
            }
        }
        rejected.sort(RowRejection.BY_LINE);
        return new CatalogImportReport(platformIds.size(), platformIds, rejected);
    }
}
