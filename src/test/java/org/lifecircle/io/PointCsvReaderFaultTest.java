package org.lifecircle.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FEATURE UNDER TEST: every bad point CSV ends in an {@link InputException} naming the file, the
 * row (line, header = 1) and what is wrong; every bad row is counted, none is skipped.
 */
class PointCsvReaderFaultTest {

    @TempDir
    Path dir;

    private InputException fails(String content) {
        return fails(content.getBytes(StandardCharsets.UTF_8), null);
    }

    private InputException fails(String content, String crs) {
        return fails(content.getBytes(StandardCharsets.UTF_8), crs);
    }

    private InputException fails(byte[] content, String crs) {
        Path file = TestFiles.write(dir, "points.csv", content);
        InputException e = assertThrows(InputException.class, () -> PointCsvReader.read(file, crs));
        assertEquals(file.toString(), e.source(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        return e;
    }

    private static void assertMessage(InputException e, String location, String... parts) {
        assertEquals(location, e.location(), e.getMessage());
        for (String part : parts) assertTrue(e.getMessage().contains(part), () -> "'" + part + "' not in: " + e.getMessage());
    }

    @Test
    void emptyFile() {
        assertMessage(fails(""), null, "is empty");
        assertMessage(fails("\uFEFF\r\n"), null, "is empty");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.csv");
        InputException e = assertThrows(InputException.class, () -> PointCsvReader.read(file));
        assertMessage(e, null, "nope.csv: file not found");
    }

    @Test
    void headerWithoutRows() {
        assertMessage(fails("id,lon,lat\n\n"), null, "has a header but no data rows");
    }

    @Test
    void missingColumnsSayWhichAndWhatWasFound() {
        assertMessage(fails("code,lon,latitude_deg\n1,2,3\n"), "row 1",
                "missing columns id, lat (found: code, lon, latitude_deg)");
        assertMessage(fails("id,x,northing\n1,2,3\n", "EPSG:4547"), "row 1", "missing column y (found: id, x, northing)");
    }

    @Test
    void semicolonSeparatedFileGetsAHint() {
        assertMessage(fails("id;lon;lat\n1;114;22\n"), "row 1", "missing columns id, lon, lat (found: id;lon;lat)",
                "seems to use ';' as separator");
    }

    @Test
    void duplicateColumn() {
        assertMessage(fails("id,lon,LON,lat\n1,2,3,4\n"), "row 1", "column 'LON' appears twice (columns 2 and 3)");
    }

    @Test
    void unparseableNumbersNameRowColumnAndValue() {
        InputException e = fails("id,lon,lat\n1,114.05,22.5\n2,114.0x,22.5\n3,\"114,06\",22.5\n");
        assertMessage(e, "row 3", "column lon: '114.0x' is not a number", "row 4: column lon: '114,06' is not a number");
    }

    @Test
    void emptyCoordinate() {
        assertMessage(fails("id,lon,lat\n1,114.05,\n"), "row 2", "column lat is empty");
    }

    @Test
    void nanAndInfinity() {
        assertMessage(fails("id,lon,lat\n1,NaN,22.5\n2,114,Infinity\n"), "row 2",
                "column lon: 'NaN' is not a finite number", "row 3: column lat: 'Infinity' is not a finite number");
    }

    @Test
    void outOfRangeCoordinates() {
        assertMessage(fails("id,lon,lat\n1,114,22.5\n2,181,22.5\n3,114,-91\n"), "row 3",
                "longitude 181 is outside -180..180", "row 4: latitude -91 is outside -90..90");
    }

    @Test
    void swappedLongitudeAndLatitude() {
        assertMessage(fails("id,lon,lat\n1,22.54,114.05\n2,22.55,114.06\n"), "row 2", "longitude and latitude look swapped");
    }

    @Test
    void swappedIntoTheArctic() {
        assertMessage(fails("id,lon,lat\nurumqi,43.82,87.61\nkashgar,39.47,75.99\n"), "row 2",
                "longitude and latitude look swapped", "swapped they fall in China");
    }

    @Test
    void oneSwappedRowAmongGoodOnes() {
        assertMessage(fails("id,lon,lat\n1,114.05,22.54\n2,22.55,114.06\n"), "row 3",
                "latitude 114.06 is outside -90..90; longitude and latitude look swapped");
    }

    @Test
    void projectedMetresWithoutCrs() {
        assertMessage(fails("id,x,y\n1,500123.4,2496001.2\n"), "row 2", "looks like projected metres; declare the CRS");
    }

    @Test
    void degreesWithProjectedCrs() {
        assertMessage(fails("id,x,y\n1,114.05,22.54\n", "EPSG:4547"), null,
                "look like longitude/latitude degrees but the CRS EPSG:4547 is projected");
    }

    /** Gauss-Krüger eastings with the zone number in front (38 = CM 114°E) under the prefix-free EPSG:4547. */
    @Test
    void zonePrefixedEastings() {
        assertMessage(fails("id,x,y\n1,38500123.4,2496001.2\n2,38501000,2497000\n", "EPSG:4547"), "row 2",
                "start with the Gauss-Kruger zone number 38, which EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E)"
                + " does not expect; declare EPSG:4526 (CGCS2000 / 3-degree Gauss-Kruger zone 38) or remove the prefix");
    }

    @Test
    void duplicateIdsNameBothRows() {
        assertMessage(fails("id,lon,lat\nA3,114,22\nB,114,22\nA3,114.1,22.1\n"), "row 4", "duplicate id 'A3' (first at row 2)");
    }

    @Test
    void emptyId() {
        assertMessage(fails("id,lon,lat\n ,114,22\n"), "row 2", "empty id");
    }

    @Test
    void wrongFieldCount() {
        assertMessage(fails("id,lon,lat,name\n1,114,22,Futian, Shenzhen\n2,114,22\n"), "row 2",
                "has 5 fields, the header has 4 (a comma inside an unquoted value?)", "row 3: has 3 fields, the header has 4");
    }

    @Test
    void negativeWeight() {
        assertMessage(fails("id,lon,lat,weight\n1,114,22,-5\n"), "row 2", "column weight: -5 is negative");
    }

    @Test
    void unclosedQuote() {
        assertMessage(fails("id,lon,lat,name\n1,114,22,ok\n2,114,22,\"broken\n3,114,22,x\n"), "row 3",
                "a quoted field opened here is never closed");
    }

    @Test
    void textAfterClosingQuote() {
        assertMessage(fails("id,lon,lat,name\n1,114,22,\"a\"b\n"), "row 2", "after a closing quote");
    }

    @Test
    void csvThatIsAnExcelWorkbook() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 8, 0, 8, 0};
        assertMessage(fails(zip, null), null, "is not a CSV text file: it is a ZIP archive (an .xlsx workbook");
    }

    @Test
    void csvThatIsBinary() {
        byte[] bytes = {'i', 'd', 0, 1, 2, (byte) 0xFF, 0};
        assertMessage(fails(bytes, null), null, "is not a CSV text file: it is binary data");
    }

    @Test
    void gbkEncodedCsvIsNotUtf8() {
        byte[] gbk = "id,lon,lat,名称\n1,114,22,福田\n".getBytes(Charset.forName("GBK"));
        assertMessage(fails(gbk, null), "row 1", "is not UTF-8 text");
    }

    @Test
    void unknownCrs() {
        assertMessage(fails("id,x,y\n1,500000,2500000\n", "EPSG:0"), null, "declared CRS: unknown CRS EPSG:0");
        assertMessage(fails("id,x,y\n1,500000,2500000\n", "PROJCS[\"broken\""), null, "declared CRS: cannot parse the CRS WKT");
    }

    @Test
    void everyProblemIsCounted() {
        StringBuilder csv = new StringBuilder("id,lon,lat\n");
        for (int i = 0; i < 9; i++) csv.append(i).append(",x,22\n");
        assertMessage(fails(csv.toString()), "row 2", "(8 more problems: row 3:", "row 6:", "; …)");
    }
}
