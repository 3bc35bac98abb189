package com.netfocus.contact.importing;

import com.netfocus.contact.contact.AddContact;
import com.netfocus.contact.contact.ContactFileFormat;
import com.netfocus.support.importing.ParsedFile;
import com.netfocus.support.importing.RowRejection;
import com.netfocus.support.problem.PayloadTooLargeException;
import com.netfocus.support.problem.UnreadableFileException;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Email;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.TextProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads contacts from vCard 2.1, 3.0 or 4.0 text, one contact per top-level VCARD. Properties used:
 * FN (else N as "given family") → name; ORG (first unit) → company; ROLE → function; TITLE → position;
 * X-INDUSTRY → industry (vCard has no standard property for it); EMAIL → email and TEL → phone (the one
 * marked preferred, else the first). Everything else is ignored. A vCard's line is that of its BEGIN:VCARD.
 */
final class ContactVcardReader {

    static final String INDUSTRY_PROPERTY = ContactFileFormat.VCARD_INDUSTRY;

    private ContactVcardReader() {
    }

    static ParsedFile<ImportRow> read(String text, int maxRows) {
        List<Long> startLines = topLevelStartLines(text);
        if (startLines.isEmpty()) {
            throw new UnreadableFileException("file", "holds no vCard (no BEGIN:VCARD line)");
        }
        if (startLines.size() > maxRows) {
            throw new PayloadTooLargeException("file", "has more than " + maxRows + " vCards; split it into smaller files");
        }
        List<ImportRow> rows = new ArrayList<>();
        List<RowRejection> rejected = new ArrayList<>();
        try (VCardReader reader = new VCardReader(text)) {
            int index = 0;
            for (VCard card = reader.readNext(); card != null && index < startLines.size(); card = reader.readNext()) {
                long line = startLines.get(index++);
                String name = nameOf(card);
                if (name == null) {
                    rejected.add(new RowRejection(line, "name", "is missing: the vCard has neither FN nor N"));
                    continue;
                }
                rows.add(new ImportRow(line, new AddContact(name, companyOf(card), first(card.getRoles()),
                        first(card.getTitles()), industryOf(card), emailOf(card), phoneOf(card))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty() && rejected.isEmpty()) {
            throw new UnreadableFileException("file", "holds no readable vCard");
        }
        return new ParsedFile<>(rows, rejected);
    }

    /** Lines of the BEGIN:VCARD that open a top-level card (vCard 2.1 may nest one in AGENT). */
    private static List<Long> topLevelStartLines(String text) {
        List<Long> starts = new ArrayList<>();
        int depth = 0;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip().toUpperCase(Locale.ROOT);
            if (line.equals("BEGIN:VCARD")) {
                if (depth == 0) {
                    starts.add(i + 1L);
                }
                depth++;
            } else if (line.equals("END:VCARD") && depth > 0) {
                depth--;
            }
        }
        return starts;
    }

    private static String nameOf(VCard card) {
        if (card.getFormattedName() != null && hasText(card.getFormattedName().getValue())) {
            return card.getFormattedName().getValue();
        }
        StructuredName structured = card.getStructuredName();
        if (structured == null) {
            return null;
        }
        String name = Stream.of(structured.getGiven(), structured.getFamily())
                .filter(ContactVcardReader::hasText).collect(Collectors.joining(" "));
        return name.isBlank() ? null : name;
    }

    private static String companyOf(VCard card) {
        return card.getOrganization() == null ? null
                : card.getOrganization().getValues().stream().filter(ContactVcardReader::hasText).findFirst().orElse(null);
    }

    private static String industryOf(VCard card) {
        RawProperty industry = card.getExtendedProperty(INDUSTRY_PROPERTY);
        return industry == null ? null : industry.getValue();
    }

    private static String emailOf(VCard card) {
        return card.getEmails().stream()
                .sorted(java.util.Comparator.comparing(Email::getPref, java.util.Comparator.nullsLast(Integer::compare)))
                .map(Email::getValue).filter(ContactVcardReader::hasText).findFirst().orElse(null);
    }

    private static String phoneOf(VCard card) {
        return card.getTelephoneNumbers().stream()
                .sorted(java.util.Comparator.comparing(Telephone::getPref, java.util.Comparator.nullsLast(Integer::compare)))
                .map(tel -> tel.getText() != null ? tel.getText() : tel.getUri() == null ? null : tel.getUri().getNumber())
                .filter(ContactVcardReader::hasText).findFirst().orElse(null);
    }

    private static String first(List<? extends TextProperty> properties) {
        return properties.stream().map(TextProperty::getValue).filter(Objects::nonNull)
                .filter(ContactVcardReader::hasText).findFirst().orElse(null);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
