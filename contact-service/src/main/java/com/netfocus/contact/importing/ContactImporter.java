package com.netfocus.contact.importing;

import com.netfocus.contact.contact.AddContact;
import com.netfocus.contact.contact.ContactIntake;
import com.netfocus.contact.contact.IntakeOutcome;
import com.netfocus.contracts.caller.Caller;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Imports a file of contacts into the caller's org. Every row is held to the same field rules as
 * {@code POST /api/v1/contacts} (the Bean Validation constraints of {@link AddContact}); rows that break
 * one are reported by line and left out, the others go through {@link ContactIntake}, which creates or
 * merges them exactly as it does for people met at events.
 */
@Service
class ContactImporter {

    private final ContactIntake intake;
    private final Validator validator;
    private final ImportProperties properties;

    ContactImporter(ContactIntake intake, Validator validator, ImportProperties properties) {
        this.intake = intake;
        this.validator = validator;
        this.properties = properties;
    }

    ImportReport importFile(Caller caller, ImportFormat format, byte[] content) {
        if (content.length > properties.maxBytes().toBytes()) {
            throw new FileTooLargeException("is larger than " + properties.maxBytes().toBytes() + " bytes");
        }
        String text = UploadedText.decode(content);
        ParsedRows parsed = switch (format) {
            case CSV -> ContactCsvReader.read(text, properties.maxRows());
            case VCARD -> ContactVcardReader.read(text, properties.maxRows());
        };
        List<RowRejection> rejected = new ArrayList<>(parsed.rejected());
        List<AddContact> good = new ArrayList<>();
        for (ImportRow row : parsed.rows()) {
            Set<ConstraintViolation<AddContact>> violations = validator.validate(row.contact());
            if (violations.isEmpty()) {
                good.add(row.contact());
            } else {
                violations.stream()
                        .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                        .forEach(violation -> rejected.add(new RowRejection(row.line(),
                                violation.getPropertyPath().toString(), violation.getMessage())));
            }
        }
        List<IntakeOutcome> outcomes = good.isEmpty() ? List.of()
                : intake.intake(caller.org(), caller.userId(), Instant.now(), good);
        int imported = (int) outcomes.stream().filter(IntakeOutcome::created).count();
        rejected.sort(Comparator.comparingLong(RowRejection::line).thenComparing(RowRejection::field));
        return new ImportReport(imported, outcomes.size() - imported, rejected);
    }
}
