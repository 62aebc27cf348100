package com.northstar.parking.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileKindTest {

    @Test
    void imagesAndPdfAreToldByTheirFirstBytes() {
        assertThat(FileKind.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 }))
                .contains(FileKind.PNG);
        assertThat(FileKind.of(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe1 }))
                .contains(FileKind.JPEG);
        assertThat(FileKind.of("GIF89a......".getBytes(StandardCharsets.US_ASCII))).contains(FileKind.GIF);
        assertThat(FileKind.of("RIFF\0\0\0\0WEBP".getBytes(StandardCharsets.US_ASCII))).contains(FileKind.WEBP);
        assertThat(FileKind.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(FileKind.PDF);
    }

    @Test
    void executablesArchivesAndOtherRiffFilesAreNone() {
        assertThat(FileKind.of(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1 })).isEmpty();
        assertThat(FileKind.of("MZ\u0090\0".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileKind.of("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileKind.of("RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileKind.of(new byte[0])).isEmpty();
    }
}
