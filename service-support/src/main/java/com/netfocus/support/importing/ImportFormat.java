package com.netfocus.support.importing;

import com.netfocus.support.problem.UnsupportedFormatException;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Locale;

/**
 * A file format an import accepts, recognised by media type, else by file name extension.
 *
 * @param label      what a person would call the file, e.g. "a CSV file"
 * @param mediaTypes media types of the format; the first is the one named to the client
 * @param extensions file name endings, lower case with the dot, e.g. ".csv"; the first is the one named
 */
public record ImportFormat(String label, List<MediaType> mediaTypes, List<String> extensions) {

    /** RFC 4180 comma separated values, the first line naming the columns. */
    public static final ImportFormat CSV = new ImportFormat("a CSV file", List.of(MediaType.parseMediaType("text/csv")),
            List.of(".csv"));

    public ImportFormat {
        mediaTypes = List.copyOf(mediaTypes);
        extensions = List.copyOf(extensions);
    }

    /** The label with the media type and extension to send, e.g. "a CSV file (text/csv, .csv)". */
    public String described() {
        return label + " (" + mediaTypes.get(0) + ", " + extensions.get(0) + ")";
    }

    /**
     * The format of an upload among those accepted: by its media type when that names one, else by its file name.
     *
     * @throws UnsupportedFormatException naming the accepted formats when neither tells one of them
     */
    public static ImportFormat detect(List<ImportFormat> accepted, String contentType, String fileName) {
        if (contentType != null && !contentType.isBlank()) {
            MediaType type;
            try {
                type = MediaType.parseMediaType(contentType);
            } catch (IllegalArgumentException e) {
                type = MediaType.APPLICATION_OCTET_STREAM;
            }
            for (ImportFormat format : accepted) {
                for (MediaType mediaType : format.mediaTypes()) {
                    if (mediaType.isCompatibleWith(type)) {
                        return format;
                    }
                }
            }
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        for (ImportFormat format : accepted) {
            if (format.extensions().stream().anyMatch(name::endsWith)) {
                return format;
            }
        }
        throw new UnsupportedFormatException(accepted.stream().map(ImportFormat::described).toList());
    }
}
