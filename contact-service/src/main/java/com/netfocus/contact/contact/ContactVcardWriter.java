package com.netfocus.contact.contact;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.Organization;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Stream;

/**
 * Writes contacts as vCard 4.0 with the properties the import reads (FN, ORG, ROLE, TITLE, X-INDUSTRY, EMAIL, TEL),
 * one card per contact as it goes, so that a whole book streams in constant memory.
 */
final class ContactVcardWriter {

    private ContactVcardWriter() {
    }

    static void write(Stream<ContactView> contacts, Writer out) throws IOException {
        VCardWriter writer = new VCardWriter(out, VCardVersion.V4_0);
        writer.setAddProdId(false);
        for (ContactView contact : (Iterable<ContactView>) contacts::iterator) {
            writer.write(card(contact));
        }
        writer.flush();
    }

    static VCard card(ContactView contact) {
        VCard card = new VCard();
        card.setFormattedName(contact.name());
        if (contact.company() != null) {
            Organization organization = new Organization();
            organization.getValues().add(contact.company());
            card.setOrganization(organization);
        }
        if (contact.function() != null) {
            card.addRole(contact.function());
        }
        if (contact.position() != null) {
            card.addTitle(contact.position());
        }
        if (contact.industry() != null) {
            card.addExtendedProperty(ContactFileFormat.VCARD_INDUSTRY, contact.industry());
        }
        if (contact.email() != null) {
            card.addEmail(contact.email());
        }
        if (contact.phone() != null) {
            card.addTelephoneNumber(contact.phone());
        }
        return card;
    }
}
