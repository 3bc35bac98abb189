package com.netfocus.infrastructure.testing;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.nio.charset.StandardCharsets;

/** Request bodies of file uploads, as a browser form sends them, for the import tests. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * A multipart/form-data request holding the file as its part {@code file}.
     *
     * @param callerHeaders the caller's headers (see {@link Callers}); a copy gets the multipart content type
     */
    public static HttpEntity<MultiValueMap<String, Object>> multipart(HttpHeaders callerHeaders, String fileName,
                                                                      MediaType partType, String content) {
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(partType);
        partHeaders.setContentDispositionFormData("file", fileName);
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new HttpEntity<>(new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)), partHeaders));
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(callerHeaders);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }
}
