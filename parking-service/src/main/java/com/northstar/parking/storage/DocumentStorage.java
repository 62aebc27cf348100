package com.northstar.parking.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where renewal documents are kept. The content is streamed in, never held in memory whole. Local disk by default
 * ({@link LocalDiskStorage}); an object store is another implementation.
 */
public interface DocumentStorage {

    /** A stored file: its key (to delete it) and the link written into the order's {@code extraInfo}. */
    record StoredDocument(String key, String link) {
    }

    StoredDocument store(FileKind kind, InputStream content) throws IOException;

    void delete(String key);
}
