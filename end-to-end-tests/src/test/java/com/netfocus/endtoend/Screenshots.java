package com.netfocus.endtoend;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Screenshots of the browser's viewport: into target/screenshots (the test's output), and copied to docs/screenshots
 * of the repository, where the README shows them, only when asked with {@code -Dnetfocus.browser.update-docs=true}
 * (a plain test run must not change the working tree).
 */
final class Screenshots {

    private final Path output;
    private final Path documentation;

    /** Null when the README's screenshots stay as they are. */
    Screenshots(Path output, Path documentation) {
        this.output = output;
        this.documentation = documentation;
    }

    static Screenshots forThisBuild() {
        boolean updateDocumentation = Boolean.getBoolean("netfocus.browser.update-docs");
        return new Screenshots(Path.of("target", "screenshots").toAbsolutePath(),
                updateDocumentation ? TestStacks.projectRoot().resolve("docs").resolve("screenshots") : null);
    }

    Path take(TakesScreenshot browser, String name) {
        try {
            Files.createDirectories(output);
            Path file = output.resolve(name + ".png");
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            if (documentation != null) {
                Files.createDirectories(documentation);
                Files.copy(file, documentation.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the screenshot " + name, e);
        }
    }
}
