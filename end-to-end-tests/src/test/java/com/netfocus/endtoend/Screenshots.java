package com.netfocus.endtoend;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Screenshots of the browser's viewport: into target/screenshots (the test's output) and copied to
 * docs/screenshots of the repository, where the README shows them.
 */
final class Screenshots {

    private final Path output;
    private final Path documentation;

    Screenshots(Path output, Path documentation) {
        this.output = output;
        this.documentation = documentation;
    }

    static Screenshots forThisBuild() {
        return new Screenshots(Path.of("target", "screenshots").toAbsolutePath(),
                TestStacks.projectRoot().resolve("docs").resolve("screenshots"));
    }

    Path take(TakesScreenshot browser, String name) {
        try {
            Files.createDirectories(output);
            Files.createDirectories(documentation);
            Path file = output.resolve(name + ".png");
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            Files.copy(file, documentation.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the screenshot " + name, e);
        }
    }
}
