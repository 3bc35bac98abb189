package com.netfocus.contact.importing;

import com.netfocus.support.importing.ParsedFile;
import com.netfocus.support.importing.RowRejection;
import com.netfocus.support.problem.PayloadTooLargeException;
import com.netfocus.support.problem.UnreadableFileException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CSV rows are read with the line an editor shows them on, whatever blank lines and quoted line breaks precede. */
class ContactCsvReaderTest {

    private static final int MAX_ROWS = 10;

    @Test
    void rowsCarryTheLineTheyStartOn() {
        ParsedFile<ImportRow> parsed = ContactCsvReader.read("""
                Name,Company,EMAIL
                                
                Ann Buyer,Acme,ann@acme.example
                "Bert
                Ops",ShopCo,bert@shopco.example
                   ,  ,
                Carl,,""", MAX_ROWS);

        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.rows()).extracting(ImportRow::line).containsExactly(3L, 4L, 7L);
        assertThat(parsed.rows().get(0).contact().company()).isEqualTo("Acme");
        assertThat(parsed.rows().get(0).contact().email()).isEqualTo("ann@acme.example");
        assertThat(parsed.rows().get(1).contact().name()).isEqualTo("Bert\nOps");
        assertThat(parsed.rows().get(2).contact().company()).isNull();
        assertThat(parsed.rows().get(2).contact().phone()).isNull();
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsRejectedAndTheOthersKept() {
        ParsedFile<ImportRow> parsed = ContactCsvReader.read("name,email\nAnn,a@x.example\nBert,b@x.example,extra\nCarl,c@x.example\n",
                MAX_ROWS);

        assertThat(parsed.rows()).extracting(ImportRow::line).containsExactly(2L, 4L);
        assertThat(parsed.rejected()).containsExactly(new RowRejection(3, "row", "has 3 values but the header names 2 columns"));
    }

    @Test
    void anUnclosedQuoteEndsTheReadingAtItsLineAndKeepsTheRowsBefore() {
        ParsedFile<ImportRow> parsed = ContactCsvReader.read("name,email\nAnn,a@x.example\n\"Bert,b@x.example\nCarl,c@x.example\n",
                MAX_ROWS);

        assertThat(parsed.rows()).extracting(ImportRow::line).containsExactly(2L);
        assertThat(parsed.rejected()).singleElement().satisfies(rejection -> {
            assertThat(rejection.line()).isEqualTo(3);
            assertThat(rejection.field()).isEqualTo("row");
        });
    }

    @Test
    void aHeaderWithoutNameOrWithUnknownColumnsRefusesTheFile() {
        assertThatThrownBy(() -> ContactCsvReader.read("company,email\nAcme,a@x.example\n", MAX_ROWS))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("'name'");
        assertThatThrownBy(() -> ContactCsvReader.read("name,emial\nAnn,a@x.example\n", MAX_ROWS))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("emial");
        assertThatThrownBy(() -> ContactCsvReader.read("name,name\nAnn,Ann\n", MAX_ROWS))
                .isInstanceOf(UnreadableFileException.class);
        assertThatThrownBy(() -> ContactCsvReader.read("name,email\n\n", MAX_ROWS))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("no rows");
    }

    @Test
    void moreRowsThanTheLimitRefuseTheFile() {
        StringBuilder csv = new StringBuilder("name\n");
        for (int i = 0; i <= MAX_ROWS; i++) {
            csv.append("Person ").append(i).append('\n');
        }
        assertThatThrownBy(() -> ContactCsvReader.read(csv.toString(), MAX_ROWS)).isInstanceOf(PayloadTooLargeException.class);
        assertThat(ContactCsvReader.read(csv.substring(0, csv.lastIndexOf("Person")), MAX_ROWS).rows()).hasSize(MAX_ROWS);
    }
}
