package org.jumelage.publicweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The catalogue at {@code /open-data/catalog.ttl} against the DCAT-AP.de 2.0 SHACL shapes (profile "Spezifikation":
 * the five files of {@code src/test/resources/dcat-ap-de}, as GovData publishes them), with Apache Jena: zero
 * violations. The shapes' remote imports (EU vocabularies, the licence list) are not fetched; the few of their
 * statements the catalogue relies on are in {@code vocabulary-extract.ttl}, merged into the data as the official
 * validator merges the imports.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DcatCatalogTests {

    /** The shapes files and their SHA-256, as taken from GovDataOfficial/DCAT-AP.de (see the folder's README). */
    static final Map<String, String> SHAPES = Map.of(
            "dcat-ap-de-imports.ttl", "c001012535be149fb884d717fed19b5ba86d297f3a5fca71b8e574a559f54356",
            "dcat-ap-spec-german-messages.ttl", "59ae8a478d5480f5712804ad141c5c10e6890e24dda8735aef5388f80a603294",
            "dcat-ap-spec-german-additions.ttl", "ea98ad3469f1e7ee356f1adff38e8e57a64968e9a33e3ca85be180e353764829",
            "dcat-ap-de-deprecated.ttl", "8998b06c5009bd3efa06f9760029f270e5d03220bd5b7cf584a4568a2773ecb9",
            "dcat-ap_2.1.1_shacl_shapes.ttl", "09bbeb90536dc7140b7daba388791368f5191781376008e7b9bb477d89c9b099");

    @Autowired
    MockMvc mvc;

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = DcatCatalogTests.class.getResourceAsStream("/dcat-ap-de/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void theShapesAreTheOnesPublished() throws Exception {
        for (var shape : SHAPES.entrySet()) {
            String sha256 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(resource(shape.getKey())));
            assertThat(sha256).as(shape.getKey()).isEqualTo(shape.getValue());
        }
    }

    private static Shapes shapes() throws Exception {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String name : SHAPES.keySet()) {
            RDFParser.source(new java.io.ByteArrayInputStream(resource(name)))
                    .lang(Lang.TURTLE)
                    .parse(graph);
        }
        return Shapes.parse(graph);
    }

    private static ValidationReport validate(String turtle) throws Exception {
        Model data = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(data.getGraph());
        RDFParser.source(new java.io.ByteArrayInputStream(resource("vocabulary-extract.ttl")))
                .lang(Lang.TURTLE)
                .parse(data.getGraph());
        return ShaclValidator.get().validate(shapes(), data.getGraph());
    }

    private static List<String> violations(ValidationReport report) {
        return report.getEntries().stream()
                .filter(entry -> Severity.Violation.equals(entry.severity()))
                .map(entry -> entry.focusNode() + " " + entry.resultPath() + ": " + entry.message())
                .toList();
    }

    @Test
    void theCatalogueConformsToDcatApDe() throws Exception {
        String turtle = mvc.perform(get("/open-data/catalog.ttl"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(turtle).contains("dcat:Dataset").contains("dl-by-de/2.0");
        ValidationReport report = validate(turtle);
        assertThat(violations(report)).isEmpty();
    }

    /** The shapes bite: a dataset without its publisher and a distribution without its address are violations. */
    @Test
    void aCatalogueMissingWhatTheStandardRequiresIsRefused() throws Exception {
        String broken = """
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                <https://example.org/d> a dcat:Dataset ; dct:title "T"@de ; dct:description "D"@de ;
                    dcat:distribution <https://example.org/f> .
                <https://example.org/f> a dcat:Distribution .
                """;
        assertThat(violations(validate(broken))).isNotEmpty();
    }
}
