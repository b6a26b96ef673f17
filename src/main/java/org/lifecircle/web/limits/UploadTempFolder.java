package org.lifecircle.web.limits;

import java.nio.file.Path;

/** The existing folder where multipart parts and the copies under validation live while a request runs. */
public record UploadTempFolder(Path path) {
}
