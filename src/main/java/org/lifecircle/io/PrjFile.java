package org.lifecircle.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lifecircle.geo.Crs;
import org.lifecircle.geo.CrsException;
import org.lifecircle.geo.SourceCrs;

/** Reads the CRS of a {@code .prj} sidecar file (WKT 1, ESRI or OGC flavour) beside a shapefile or grid. */
public final class PrjFile {

    private PrjFile() {}

    /** The CRS in the {@code .prj} file; InputException when it is missing, empty or not WKT GeoTools knows. */
    public static SourceCrs read(Path prj) {
        String source = FileSniffer.sourceName(prj);
        byte[] head = FileSniffer.head(prj);
        String binary = FileSniffer.binaryKind(head);
        if (binary != null) throw InputException.of(source, "is not a .prj (WKT) text file: it is " + binary);
        try {
            return SourceCrs.of(Crs.wkt(Files.readString(prj, StandardCharsets.UTF_8).strip()));
        } catch (CrsException e) {
            throw new InputException(source, null, e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(source, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The {@code .prj} beside a data file ({@code roads.shp} → {@code roads.prj}), or null when there is none. */
    public static SourceCrs besides(Path dataFile) {
        String name = dataFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path prj = dataFile.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".prj");
        return Files.isRegularFile(prj) ? read(prj) : null;
    }
}
