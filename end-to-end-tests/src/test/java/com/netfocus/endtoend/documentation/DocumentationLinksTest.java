package com.netfocus.endtoend.documentation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and the pages under docs/ link to each other, to headings and to the code: every such link must lead
 * somewhere, and the README must stay short enough for a newcomer to read (the detail belongs under docs/).
 */
class DocumentationLinksTest {

    private static final long README_MAXIMUM_BYTES = 12_288;
    private static final Path REPOSITORY_ROOT = repositoryRoot();

    @Test
    void every_relative_link_in_the_readme_and_the_docs_leads_to_a_file_and_heading_that_exist() throws IOException {
        List<Path> documents = documentation();
        assertThat(documents).as("the README and at least one page under docs/").hasSizeGreaterThan(1);

        List<String> broken = new RelativeLinks(REPOSITORY_ROOT).brokenIn(documents);

        assertThat(broken).as("links that lead nowhere").isEmpty();
    }

    @Test
    void the_readme_stays_within_its_size() throws IOException {
        assertThat(Files.size(REPOSITORY_ROOT.resolve("README.md"))).isLessThanOrEqualTo(README_MAXIMUM_BYTES);
    }

    @Test
    void a_missing_file_a_missing_heading_and_a_link_out_of_the_repository_are_each_reported(@TempDir Path repository)
            throws IOException {
        Files.createDirectories(repository.resolve("docs"));
        Files.writeString(repository.resolve("README.md"), """
                # Start here
                ## Start here
                [top](#start-here) [repeated heading](#start-here-1) [page](docs/page.md#set-up-step-one)
                [folder](docs/) [missing page](docs/gone.md)
                [missing heading](docs/page.md#no-such-heading) [outside](../elsewhere.md) [web](https://example.com/x)
                `[in a code span](docs/gone.md)`
                ```
                [in a fenced block](docs/gone.md)
                ```
                """);
        Files.writeString(repository.resolve("docs/page.md"), """
                Set-up: step **one**
                ====================
                [back](../README.md#start-here)
                """);

        List<String> broken = new RelativeLinks(repository)
                .brokenIn(List.of(repository.resolve("README.md"), repository.resolve("docs/page.md")));

        assertThat(broken).containsExactly(
                "README.md:4 links to docs/gone.md: no such file or folder",
                "README.md:5 links to docs/page.md#no-such-heading: no heading has the anchor #no-such-heading",
                "README.md:5 links to ../elsewhere.md: it leads out of the repository");
    }

    @Test
    void headings_get_the_anchors_github_gives_them() {
        assertThat(HeadingSlugs.slugOf("Deployment: `docker-compose.yml`")).isEqualTo("deployment-docker-composeyml");
        assertThat(HeadingSlugs.slugOf("Analytics: dashboards' data")).isEqualTo("analytics-dashboards-data");
        assertThat(HeadingSlugs.slugOf("Guarantees, and the test that proves each"))
                .isEqualTo("guarantees-and-the-test-that-proves-each");
        assertThat(HeadingSlugs.slugOf("Where: recommendations — and the [portfolio](advice.md)"))
                .isEqualTo("where-recommendations--and-the-portfolio");
        assertThat(HeadingSlugs.slugOf("Soak run_2 <em>now</em>")).isEqualTo("soak-run_2-now");
    }

    private static List<Path> documentation() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(REPOSITORY_ROOT.resolve("README.md"));
        try (Stream<Path> pages = Files.walk(REPOSITORY_ROOT.resolve("docs"))) {
            pages.filter(path -> path.getFileName().toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** This module's base directory (surefire's "basedir", else the working directory) sits in the repository root. */
    private static Path repositoryRoot() {
        Path moduleDirectory = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path root = moduleDirectory.toAbsolutePath().normalize().getParent();
        assertThat(root.resolve("pom.xml")).as("the repository root above " + moduleDirectory).isRegularFile();
        assertThat(root.resolve("README.md")).isRegularFile();
        return root;
    }
}
