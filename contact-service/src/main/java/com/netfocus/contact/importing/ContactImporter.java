package com.netfocus.contact.importing;

import com.netfocus.contact.contact.AddContact;
import com.netfocus.contact.contact.ContactIntake;
import com.netfocus.contact.contact.ContactOwner;
import com.netfocus.contact.contact.IntakeOutcome;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.importing.ImportFormat;
import com.netfocus.support.importing.ParsedFile;
import com.netfocus.support.importing.RowRejection;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Imports a file of contacts into the caller's own contacts. Every row is held to the same field rules as
 * {@code POST /api/v1/contacts} (the Bean Validation constraints of {@link AddContact}); rows that break
 * one are reported by line and left out, the others go through {@link ContactIntake}, which creates or
 * merges them exactly as it does for people met at events.
 */
@Service
class ContactImporter {

    static final ImportFormat VCARD = new ImportFormat("a vCard file",
            List.of(MediaType.parseMediaType("text/vcard"), MediaType.parseMediaType("text/x-vcard")),
            List.of(".vcf", ".vcard"));
    static final List<ImportFormat> FORMATS = List.of(ImportFormat.CSV, VCARD);

    private final ContactIntake intake;
    private final Validator validator;
    private final ImportProperties properties;

    ContactImporter(ContactIntake intake, Validator validator, ImportProperties properties) {
        this.intake = intake;
        this.validator = validator;
        this.properties = properties;
    }

    /** @param text the file's text, in one of {@link #FORMATS} */
    ImportReport importFile(Caller caller, ImportFormat format, String text) {
        ParsedFile<ImportRow> parsed = format.equals(VCARD)
                ? ContactVcardReader.read(text, properties.maxRows())
                : ContactCsvReader.read(text, properties.maxRows());
        List<RowRejection> rejected = new ArrayList<>(parsed.rejected());
        List<AddContact> good = new ArrayList<>();
        for (ImportRow row : parsed.rows()) {
            Set<ConstraintViolation<AddContact>> violations = validator.validate(row.contact());
            if (violations.isEmpty()) {
                good.add(row.contact());
            } else {
                rejected.addAll(RowRejection.of(row.line(), violations));
            }
        }
        List<IntakeOutcome> outcomes = good.isEmpty() ? List.of()
                : intake.intake(ContactOwner.of(caller), caller.userId(), Instant.now(), good);
        int imported = (int) outcomes.stream().filter(IntakeOutcome::created).count();
        rejected.sort(RowRejection.BY_LINE);
        return new ImportReport(imported, outcomes.size() - imported, rejected);
    }
}
