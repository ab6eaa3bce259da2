package io.dealstream.aggregator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanyResolverTest {

    @Test
    void namesResolveCaseAndSuffixInsensitivelyThroughAliasChains(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("aliases.txt");
        Files.writeString(file, """
                # aliases: ALIAS = CANONICAL NAME
                AWS = Amazon Web Services
                Amazon AWS = AWS            # chains resolve to the end
                Facebook = Meta Platforms, Inc.

                # parents: CHILD > PARENT
                Amazon Web Services > Amazon.com Inc.
                Instagram > Facebook
                """);
        CompanyResolver r = CompanyResolver.load(file);
        assertEquals("amazon-web-services", r.canonicalKey("AWS"));
        assertEquals("amazon-web-services", r.canonicalKey("aws's"));
        assertEquals("amazon-web-services", r.canonicalKey("Amazon AWS"));
        assertEquals("amazon", r.canonicalKey("Amazon.com, Inc."));
        assertEquals("meta-platforms", r.canonicalKey("FACEBOOK"));
        assertEquals(Optional.of("Amazon Web Services"), r.displayName("amazon-web-services"));
        assertEquals(Optional.of("amazon"), r.parentKey("amazon-web-services"));
        assertEquals(Optional.of("meta-platforms"), r.parentKey("instagram"), "parents resolve through aliases");
        assertEquals(List.of("amazon-web-services"), r.childKeys("amazon"));
        assertEquals(List.of("amazon-aws", "aws"), r.aliasKeys("amazon-web-services"));
        assertEquals("openai", r.canonicalKey("OpenAI"), "names without aliases keep their key");
    }

    @Test
    void theExampleFileInTheModuleParses() {
        CompanyResolver r = CompanyResolver.load(Path.of("aliases.example.txt"));
        assertEquals("amazon-web-services", r.canonicalKey("AWS"));
        assertEquals(Optional.of("amazon"), r.parentKey(r.canonicalKey("AWS")));
    }

    @Test
    void mistakesAreReportedWithTheirLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompanyResolver.parse(List.of("AWS = Amazon Web Services", "AWS = Amazon"), "f.txt"));
        assertTrue(e.getMessage().contains("f.txt, line 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> CompanyResolver.parse(List.of("A = B", "B = A"), "f.txt"));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> CompanyResolver.parse(List.of("X > Y", "Y > X"), "f.txt"));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> CompanyResolver.parse(List.of("just a name"), "f.txt"));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("ALIAS = CANONICAL NAME"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> CompanyResolver.parse(List.of("Inc. = Amazon"), "f.txt"));
        assertTrue(e.getMessage().contains("not a company name"), e.getMessage());
        assertThrows(java.io.UncheckedIOException.class, () -> CompanyResolver.load(Path.of("/no/such/aliases.txt")));
    }
}
