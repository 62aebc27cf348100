package com.northstar.platform.core.keys;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RSA signing keys as configuration holds them: unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}), one or
 * several blocks in a row; each key pair's public half is derived from its private key.
 */
public final class RsaPemKeys {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    private RsaPemKeys() {
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is unavailable", e);
        }
    }

    public static String toPem(KeyPair keys) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    /**
     * Every key of the text, in order.
     *
     * @throws IllegalArgumentException when it holds none, or a block that is not a PKCS#8 RSA private key
     */
    public static List<KeyPair> readAll(String pem) {
        Matcher block = BLOCK.matcher(pem);
        List<KeyPair> keys = new ArrayList<>();
        while (block.find()) {
            keys.add(read(block.group(1).replaceAll("\\s", "")));
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----; convert an"
                    + " RSA key with: openssl pkcs8 -topk8 -nocrypt)");
        }
        return keys;
    }

    private static KeyPair read(String base64) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("not a PKCS#8 RSA private key", e);
        }
    }
}
