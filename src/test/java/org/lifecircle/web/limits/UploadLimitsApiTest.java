package org.lifecircle.web.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.web.LimitsAppTest;
import org.lifecircle.web.TestAuth;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * FEATURE UNDER TEST: upload limits and names: files and requests over the size limits (real
 * HTTP, where the servlet container enforces them) and files with too many rows, features or
 * raster cells answer 413 naming the file, the count and the limit; names with folders, drives,
 * '..', NUL or encoded path characters answer 400 on {@code file}; after every upload, accepted
 * or refused, the upload temp folder is empty and nothing was written anywhere else.
 */
@LimitsAppTest
class UploadLimitsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAuth.TestClients clients;

    @Autowired
    UploadTempFolder temp;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void nothingLeftBehind() throws IOException {
        try (Stream<Path> left = Files.list(temp.path())) {
            assertEquals(List.of(), left.toList(), "upload temp folder after the request");
        }
    }

    @Test
    void aSmallValidFileIsAccepted() throws Exception {
        mvc.perform(multipart("/api/uploads").file(csv("sites.csv", 3)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.featureCount").value(3))
                .andExpect(jsonPath("$.file").value("sites.csv"));
    }

    @Test
    void tooManyRowsOrFeaturesOrCellsAre413NamingFileCountAndLimit() throws Exception {
        tooLarge(mvc.perform(multipart("/api/uploads").file(csv("many.csv", 41))), "many.csv", 41, 40,
                "lifecircle.limits.upload.max-features");
        StringBuilder geojson = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < 45; i++) {
            if (i > 0) geojson.append(',');
            geojson.append("{\"type\":\"Feature\",\"properties\":{\"id\":").append(i)
                    .append("},\"geometry\":{\"type\":\"Point\",\"coordinates\":[117.89,").append(30 + i * 1e-4).append("]}}");
        }
        geojson.append("]}");
        tooLarge(mvc.perform(multipart("/api/uploads").file(new MockMultipartFile("file", "pts.geojson",
                "application/geo+json", geojson.toString().getBytes(StandardCharsets.UTF_8)))), "pts.geojson", 45, 40,
                "lifecircle.limits.upload.max-features");
        Path tif = Path.of("gis-data/population.tif");
        var image = ImageIO.read(tif.toFile());
        long cells = (long) image.getWidth() * image.getHeight();
        assertTrue(cells > 100);
        tooLarge(mvc.perform(multipart("/api/uploads").file(new MockMultipartFile("file", "population.tif", "image/tiff",
                Files.readAllBytes(tif)))), "population.tif", cells, 100, "lifecircle.limits.upload.max-raster-cells");
    }

    @Test
    void namesThatReachOutsideAreRefused() throws Exception {
        String token = "escape" + System.nanoTime();
        List<String> names = List.of("../../" + token + ".csv", "..\\..\\" + token + ".csv", "/tmp/" + token + ".csv",
                "C:" + token + ".csv", token + "\u0000.csv", "%2e%2e%2f" + token + ".csv", "..%2F" + token + ".csv",
                "%2E%2E%5C" + token + ".csv", "..", "../");
        for (String name : names) {
            mvc.perform(multipart("/api/uploads").file(csv(name, 2)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.field").value("file"))
                    .andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("\u0000"))));
        }
        for (Path root : List.of(Path.of("target"), Path.of("/tmp"))) {
            try (Stream<Path> found = Files.find(root, 4, (p, a) -> p.getFileName() != null
                    && p.getFileName().toString().contains(token))) {
                assertEquals(List.of(), found.toList(), "files written under " + root);
            }
        }
    }

    @Test
    void overHttpAFileOverTheSizeLimitIs413NamingTheFile() throws Exception {
        byte[] big = new byte[100 * 1024];
        JsonNode body = post(List.of(new Part("file", "大文件.csv", big)));
        assertEquals(413, body.get("status").asInt(), body.toString());
        assertEquals("大文件.csv", body.get("file").asText());
        assertEquals("file", body.get("field").asText());
        assertEquals("lifecircle.limits.upload.max-file-size", body.get("limit").asText());
        assertEquals(64 * 1024, body.get("max").asLong());
        assertTrue(body.get("detail").asText().contains("大文件.csv"), body.toString());
    }

    @Test
    void overHttpARequestOverTheSizeLimitIs413NamingTheLimit() throws Exception {
        byte[] part = new byte[50 * 1024];
        JsonNode body = post(List.of(new Part("file", "a.csv", part), new Part("extra1", "b.csv", part),
                new Part("extra2", "c.csv", part)));
        assertEquals(413, body.get("status").asInt(), body.toString());
        assertEquals("lifecircle.limits.upload.max-request-size", body.get("limit").asText());
        assertEquals(128 * 1024, body.get("max").asLong());
    }

    private static void tooLarge(ResultActions r, String file, long count, long max, String limit) throws Exception {
        r.andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.file").value(file))
                .andExpect(jsonPath("$.count").value(count))
                .andExpect(jsonPath("$.max").value(max))
                .andExpect(jsonPath("$.limit").value(limit))
                .andExpect(jsonPath("$.detail", Matchers.containsString(file)));
    }

    private static MockMultipartFile csv(String name, int rows) {
        StringBuilder sb = new StringBuilder("id,lon,lat\n");
        for (int i = 0; i < rows; i++) sb.append("P").append(i).append(",117.89,").append(30 + i * 1e-4).append('\n');
        return new MockMultipartFile("file", name, "text/csv", sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    record Part(String field, String fileName, byte[] content) {
    }

    private JsonNode post(List<Part> parts) throws Exception {
        String boundary = "limits" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.field() + "\"; filename=\""
                    + p.fileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(p.content());
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/uploads"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", clients.bearer("client-uploads-over-http"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        return json.readTree(response.body());
    }
}
