package com.northstar.auth.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RSA keys tokens are signed with. The first signs; all are published, so a key is rotated by putting the new one
 * first and keeping the old one until the last token it signed has expired. Each key's id is its RFC 7638
 * thumbprint (or the id a JWKS gives it), so the same key has the same id on every replica and after every restart.
 */
public final class SigningKeys {

    private static final Pattern PEM_KEY = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    private final List<RSAKey> keys;

    private SigningKeys(List<RSAKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("no signing key");
        }
        this.keys = List.copyOf(keys);
    }

    /** One or more PKCS#8 RSA private keys in PEM ({@code -----BEGIN PRIVATE KEY-----}), or a JWKS of private keys. */
    public static SigningKeys parse(String text) {
        String trimmed = text.strip();
        return new SigningKeys(trimmed.startsWith("{") ? fromJwks(trimmed) : fromPem(trimmed));
    }

    public static String generatePem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] encoded = generator.generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(encoded)
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is unavailable", e);
        }
    }

    /** The key new tokens are signed with. */
    public RSAKey active() {
        return keys.get(0);
    }

    /** Every key, the active one first; the JWKS endpoint publishes their public halves. */
    public JWKSet jwkSet() {
        return new JWKSet(new ArrayList<JWK>(keys));
    }

    private static List<RSAKey> fromPem(String pem) {
        Matcher matcher = PEM_KEY.matcher(pem);
        List<RSAKey> keys = new ArrayList<>();
        while (matcher.find()) {
            keys.add(rsaKey(matcher.group(1).replaceAll("\\s", "")));
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("the signing keys hold no PKCS#8 PEM private key"
                    + " (-----BEGIN PRIVATE KEY-----; convert an RSA key with: openssl pkcs8 -topk8 -nocrypt)");
        }
        return keys;
    }

    private static RSAKey rsaKey(String base64) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RSAKey withoutId = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
            return new RSAKey.Builder(withoutId).keyUse(KeyUse.SIGNATURE)
                    .keyID(withoutId.computeThumbprint().toString()).build();
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException | JOSEException e) {
            throw new IllegalStateException("a signing key is not a PKCS#8 RSA private key", e);
        }
    }

    private static List<RSAKey> fromJwks(String json) {
        try {
            List<RSAKey> keys = new ArrayList<>();
            for (JWK jwk : JWKSet.parse(json).getKeys()) {
                if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate()) {
                    throw new IllegalStateException("the signing JWKS must hold RSA private keys only");
                }
                keys.add(rsa.getKeyID() != null ? rsa
                        : new RSAKey.Builder(rsa).keyID(rsa.computeThumbprint().toString()).build());
            }
            return keys;
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("the signing keys are not a JWKS", e);
        }
    }
}
