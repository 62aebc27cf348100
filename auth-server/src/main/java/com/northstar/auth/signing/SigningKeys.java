package com.northstar.auth.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.northstar.platform.core.keys.RsaPemKeys;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The RSA keys tokens are signed with. The first signs; all are published, so a key is rotated by putting the new one
 * first and keeping the old one until the last token it signed has expired. Each key's id is its RFC 7638
 * thumbprint (or the id a JWKS gives it), so the same key has the same id on every replica and after every restart.
 */
public final class SigningKeys {

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
        return RsaPemKeys.toPem(RsaPemKeys.generate());
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
        List<RSAKey> keys = new ArrayList<>();
        try {
            for (KeyPair pair : RsaPemKeys.readAll(pem)) {
                RSAKey withoutId = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate())
                        .keyUse(KeyUse.SIGNATURE).build();
                keys.add(new RSAKey.Builder(withoutId).keyID(withoutId.computeThumbprint().toString()).build());
            }
        } catch (IllegalArgumentException | JOSEException e) {
            throw new IllegalStateException("the signing keys: " + e.getMessage(), e);
        }
        return keys;
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
