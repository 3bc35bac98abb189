package com.netfocus.catalog.importing;

import com.netfocus.catalog.platform.AddPlatform;
import com.netfocus.catalog.platform.PlatformCatalog;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.problem.RejectedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
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

    private final PlatformCatalog catalog;
    private final Validator validator;
    private final CatalogImportProperties properties;

    PlatformImporter(PlatformCatalog catalog, Validator validator, CatalogImportProperties properties) {
        this.catalog = catalog;
        this.validator = validator;
        this.properties = properties;
    }

    CatalogImportReport importFile(Caller caller, ImportFormat format, byte[] content) {
        if (content.length > properties.maxBytes().toBytes()) {
            throw new FileTooLargeException("is larger than " + properties.maxBytes().toBytes() + " bytes");
        }
        String text = UploadedText.decode(content);
        ParsedPlatforms parsed = switch (format) {
            case CSV -> PlatformCsvReader.read(text, properties);
            case ICALENDAR -> PlatformIcsReader.read(text, properties);
        };
        List<RowRejection> rejected = new ArrayList<>(parsed.rejected());
        List<String> platformIds = new ArrayList<>();
        for (PlatformRow row : parsed.rows()) {
            if (!row.unreadable().isEmpty()) {
                row.unreadable().forEach(error -> rejected.add(new RowRejection(row.line(), error.field(), error.reason())));
                continue;
            }
            Set<ConstraintViolation<AddPlatform>> violations = validator.validate(row.platform());
            if (!violations.isEmpty()) {
                violations.forEach(violation -> rejected.add(new RowRejection(row.line(),
                        violation.getPropertyPath().toString(), violation.getMessage())));
                continue;
            }
            try {
                platformIds.add(catalog.add(caller, row.platform()).platformId());
            } catch (RejectedInputException broken) {
                broken.errors().forEach(error -> rejected.add(new RowRejection(row.line(), error.field(), error.reason())));
            }
        }
        rejected.sort(Comparator.comparingLong(RowRejection::line).thenComparing(RowRejection::field));
        return new CatalogImportReport(platformIds.size(), platformIds, rejected);
    }
}
