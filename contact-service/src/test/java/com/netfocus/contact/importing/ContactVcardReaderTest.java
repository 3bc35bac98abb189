package com.netfocus.contact.importing;

import com.netfocus.support.importing.ParsedFile;
import com.netfocus.support.importing.RowRejection;
import com.netfocus.support.problem.UnreadableFileException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** vCards of every version map onto contact fields, each with the line of its BEGIN:VCARD. */
class ContactVcardReaderTest {

    @Test
    void vCardsMapOntoContactFields() {
        ParsedFile<ImportRow> parsed = ContactVcardReader.read("""
                BEGIN:VCARD
                VERSION:4.0
                FN:Ann Buyer
                ORG:Acme Logistics;Purchasing dept
                ROLE:Purchasing
                TITLE:Director
                X-INDUSTRY:Logistics
                EMAIL;TYPE=work:ann@old.example
                EMAIL;PREF=1:ann@acme.example
                TEL:+31 6 1234 5678
                END:VCARD
                                
                BEGIN:VCARD
                VERSION:2.1
                N:Ops;Bert;;;
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                ORG:Nobody Inc
                END:VCARD
                """, 10);

        assertThat(parsed.rows()).extracting(ImportRow::line).containsExactly(1L, 13L);
        var ann = parsed.rows().get(0).contact();
        assertThat(ann.name()).isEqualTo("Ann Buyer");
        assertThat(ann.company()).isEqualTo("Acme Logistics");
        assertThat(ann.function()).isEqualTo("Purchasing");
        assertThat(ann.position()).isEqualTo("Director");
        assertThat(ann.industry()).isEqualTo("Logistics");
        assertThat(ann.email()).isEqualTo("ann@acme.example");
        assertThat(ann.phone()).isEqualTo("+31 6 1234 5678");
        assertThat(parsed.rows().get(1).contact().name()).isEqualTo("Bert Ops");
        assertThat(parsed.rejected()).containsExactly(new RowRejection(17, "name", "is missing: the vCard has neither FN nor N"));
    }

    @Test
    void textWithoutVCardsRefusesTheFile() {
        assertThatThrownBy(() -> ContactVcardReader.read("name,email\nAnn,a@x.example\n", 10))
                .isInstanceOf(UnreadableFileException.class);
    }
}
