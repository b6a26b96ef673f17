package org.lifecircle.population;

import java.awt.image.RenderedImage;
import java.nio.file.Path;
import javax.media.jai.operator.ConstantDescriptor;
import org.geotools.api.parameter.GeneralParameterValue;
import org.geotools.api.parameter.ParameterValueGroup;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.grid.GridCoverageFactory;
import org.geotools.coverage.grid.io.AbstractGridFormat;
import org.geotools.gce.geotiff.GeoTiffFormat;
import org.geotools.gce.geotiff.GeoTiffWriteParams;
import org.geotools.gce.geotiff.GeoTiffWriter;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.crs.DefaultGeographicCRS;

/**
 * Test data: a "raster bomb", a side × side single-band byte GeoTIFF of ones over Wuhan, deflate
 * compressed in 512 × 512 tiles, so it is tiny on disk and huge decoded. Written with GeoTools from
 * a lazily computed constant image, so making it needs one tile of memory. O(side²) time.
 */
public final class RasterBomb {

    private RasterBomb() {
    }

    public static Path write(Path file, int side) throws Exception {
        RenderedImage image = ConstantDescriptor.create((float) side, (float) side, new Byte[] {1}, null);
        GridCoverage2D coverage = new GridCoverageFactory().create("bomb", image,
                new ReferencedEnvelope(113, 113.5, 30.5, 31, DefaultGeographicCRS.WGS84));
        GeoTiffWriteParams write = new GeoTiffWriteParams();
        write.setCompressionMode(GeoTiffWriteParams.MODE_EXPLICIT);
        write.setCompressionType("Deflate");
        write.setTilingMode(GeoTiffWriteParams.MODE_EXPLICIT);
        write.setTiling(512, 512);
        ParameterValueGroup params = new GeoTiffFormat().getWriteParameters();
        params.parameter(AbstractGridFormat.GEOTOOLS_WRITE_PARAMS.getName().toString()).setValue(write);
        GeoTiffWriter writer = new GeoTiffWriter(file.toFile());
        try {
            writer.write(coverage, params.values().toArray(new GeneralParameterValue[0]));
        } finally {
            writer.dispose();
        }
        return file;
    }
}
