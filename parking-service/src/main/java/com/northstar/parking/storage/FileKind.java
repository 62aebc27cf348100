package com.northstar.parking.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The files a renewal document may be: images and PDF, told by their first bytes, never by the name or the declared
 * content type (an executable named {@code .png} is none of these).
 */
public enum FileKind {

    PNG("png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }),
    JPEG("jpg", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }),
    GIF("gif", "GIF8".getBytes(StandardCharsets.US_ASCII)),
    WEBP("webp", "RIFF".getBytes(StandardCharsets.US_ASCII)),
    PDF("pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII));

    /** Bytes read to tell the kind. */
    public static final int HEADER_LENGTH = 12;

    private final String extension;
    private final byte[] magic;

    FileKind(String extension, byte[] magic) {
        this.extension = extension;
        this.magic = magic;
    }

    public String extension() {
        return extension;
    }

    /** The kind of a file starting with {@code header}, if it is one the renewal takes. */
    public static Optional<FileKind> of(byte[] header) {
        return Arrays.stream(values()).filter(kind -> kind.matches(header)).findFirst();
    }

    /** Reads the first bytes of {@code content} (and closes it). */
    public static Optional<FileKind> sniff(InputStream content) throws IOException {
        try (content) {
            return of(content.readNBytes(HEADER_LENGTH));
        }
    }

    private boolean matches(byte[] header) {
        if (header.length < magic.length || !Arrays.equals(header, 0, magic.length, magic, 0, magic.length)) {
            return false;
        }
        return this != WEBP || header.length >= 12
                && "WEBP".equals(new String(header, 8, 4, StandardCharsets.US_ASCII));
    }
}
