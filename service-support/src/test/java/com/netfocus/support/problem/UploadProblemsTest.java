package com.netfocus.support.problem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads refused for their size, format or shape are answered as problem+json naming the field and why. */
class UploadProblemsTest {

    private final ProblemResponses responses = responses(DataSize.ofKilobytes(4));

    @Test
    void aTooLargeUploadIs413NamingTheLimit() {
        assertProblem(responses.tooLarge(new PayloadTooLargeException("file", "has more than 20 rows")),
                HttpStatus.PAYLOAD_TOO_LARGE, "file", "has more than 20 rows");
        // The container does not say its limit: the configured multipart limit is named.
        assertProblem(responses.uploadTooLarge(new MaxUploadSizeExceededException(-1)),
                HttpStatus.PAYLOAD_TOO_LARGE, "file", "is larger than 4096 bytes");
    }

    @Test
    void anotherFormatIs415NamingTheAcceptedOnes() {
        assertProblem(responses.unsupportedFormat(new UnsupportedFormatException(List.of("a CSV file (text/csv, .csv)"))),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type", "send a CSV file (text/csv, .csv)");
    }

    @Test
    void unreadableUploadsAre400() {
        assertProblem(responses.unreadableFile(new UnreadableFileException("header", "names a column twice")),
                HttpStatus.BAD_REQUEST, "header", "names a column twice");
        assertProblem(responses.brokenUpload(new MultipartException("broken")),
                HttpStatus.BAD_REQUEST, "file", "the multipart upload cannot be read");
        assertThat(responses.missingPart(new MissingServletRequestPartException("file")).getBody()
                .getProperties().get("errors")).isEqualTo(List.of(new FieldError("file",
                "is required: the multipart/form-data part holding the file")));
    }

    private static void assertProblem(ResponseEntity<ProblemDetail> response, HttpStatus status, String field,
                                      String reason) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().getProperties().get("errors")).isEqualTo(List.of(new FieldError(field, reason)));
    }

    private static ProblemResponses responses(DataSize maxFileSize) {
        MultipartProperties multipart = new MultipartProperties();
        multipart.setMaxFileSize(maxFileSize);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("multipartProperties", multipart);
        return new ProblemResponses(beans.getBeanProvider(MultipartProperties.class));
    }
}
