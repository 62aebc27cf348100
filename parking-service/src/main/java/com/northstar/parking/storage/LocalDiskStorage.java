package com.northstar.parking.storage;

import com.northstar.parking.support.Ids;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Documents on local disk under {@code parking.storage.local-dir}, one file per document named by a random id;
 * links are {@code parking.storage.link-base} + the key. Written to a temporary file first, so a half-written
 * document never has a link.
 */
@Component
class LocalDiskStorage implements DocumentStorage {

    private static final Logger log = LoggerFactory.getLogger(LocalDiskStorage.class);

    private final Path root;
    private final String linkBase;

    LocalDiskStorage(@Value("${parking.storage.local-dir}") String root,
            @Value("${parking.storage.link-base}") String linkBase) {
        this.root = Path.of(root).toAbsolutePath().normalize();
        this.linkBase = linkBase.endsWith("/") ? linkBase : linkBase + "/";
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the document directory " + this.root, e);
        }
    }

    @Override
    public StoredDocument store(FileKind kind, InputStream content) throws IOException {
        String key = Ids.next() + "." + kind.extension();
        Path partial = root.resolve(key + ".part");
        try (content) {
            Files.copy(content, partial);
            Files.move(partial, root.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        return new StoredDocument(key, linkBase + key);
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(root.resolve(key));
        } catch (IOException e) {
            log.warn("could not delete document {}: {}", key, e.toString());
        }
    }
}
