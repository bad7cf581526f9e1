package be.lueur.core

import java.nio.ByteBuffer
import java.nio.ByteOrder
import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.Mac
import javax.crypto.spec.IvParameterSpec
import javax.crypto.spec.SecretKeySpec

/**
 * The user database file (`data`) opened and sealed again from Kotlin with the JDK's own
 * crypto, the way core/src/userdb/sealed_file.rs writes it: one version byte, a 24-byte
 * nonce, the SQLite image under XChaCha20-Poly1305 (the version byte as associated data),
 * the key HKDF-SHA256(device secret, info "lueur user database v1"). A test can thus
 * change the image as an older or newer app would have left it; that it opens at all is
 * itself a check that the file is what the core says it is.
 */
object SealedImage {
    const val FILE_NAME = "data"
    private const val VERSION: Byte = 1
    private const val NONCE_LEN = 24

    fun open(file: ByteArray, deviceSecret: ByteArray): ByteArray {
        require(file.size > 1 + NONCE_LEN + 16 && file[0] == VERSION) { "not a sealed image" }
        val nonce = file.copyOfRange(1, 1 + NONCE_LEN)
        return cipher(Cipher.DECRYPT_MODE, deviceSecret, nonce)
            .doFinal(file, 1 + NONCE_LEN, file.size - 1 - NONCE_LEN)
    }

    fun seal(image: ByteArray, deviceSecret: ByteArray): ByteArray {
        val nonce = ByteArray(NONCE_LEN).also { SecureRandom().nextBytes(it) }
        return byteArrayOf(VERSION) + nonce + cipher(Cipher.ENCRYPT_MODE, deviceSecret, nonce).doFinal(image)
    }

    private fun cipher(mode: Int, deviceSecret: ByteArray, nonce: ByteArray): Cipher {
        // XChaCha20-Poly1305 is ChaCha20-Poly1305 under a subkey HChaCha20 derives from
        // the nonce's first 16 bytes, with the last 8 as the nonce (after 4 zero bytes).
        val subkey = hChaCha20(fileKey(deviceSecret), nonce.copyOfRange(0, 16))
        val iv = ByteArray(4) + nonce.copyOfRange(16, 24)
        return Cipher.getInstance("ChaCha20-Poly1305").apply {
            init(mode, SecretKeySpec(subkey, "ChaCha20"), IvParameterSpec(iv))
            updateAAD(byteArrayOf(VERSION))
        }
    }

    /** HKDF-SHA256 without salt (RFC 5869: a salt of zeros), one block of output. */
    private fun fileKey(deviceSecret: ByteArray): ByteArray {
        val extract = Mac.getInstance("HmacSHA256").apply { init(SecretKeySpec(ByteArray(32), "HmacSHA256")) }
        val prk = extract.doFinal(deviceSecret)
        val expand = Mac.getInstance("HmacSHA256").apply { init(SecretKeySpec(prk, "HmacSHA256")) }
        return expand.doFinal("lueur user database v1".toByteArray() + byteArrayOf(1))
    }

    private fun hChaCha20(key: ByteArray, nonce16: ByteArray): ByteArray {
        val k = ByteBuffer.wrap(key).order(ByteOrder.LITTLE_ENDIAN)
        val n = ByteBuffer.wrap(nonce16).order(ByteOrder.LITTLE_ENDIAN)
        val x = IntArray(16)
        x[0] = 0x61707865; x[1] = 0x3320646e; x[2] = 0x79622d32; x[3] = 0x6b206574
        for (i in 0 until 8) x[4 + i] = k.getInt(i * 4)
        for (i in 0 until 4) x[12 + i] = n.getInt(i * 4)
        fun quarter(a: Int, b: Int, c: Int, d: Int) {
            x[a] += x[b]; x[d] = (x[d] xor x[a]).rotateLeft(16)
            x[c] += x[d]; x[b] = (x[b] xor x[c]).rotateLeft(12)
            x[a] += x[b]; x[d] = (x[d] xor x[a]).rotateLeft(8)
            x[c] += x[d]; x[b] = (x[b] xor x[c]).rotateLeft(7)
        }
        repeat(10) {
            quarter(0, 4, 8, 12); quarter(1, 5, 9, 13); quarter(2, 6, 10, 14); quarter(3, 7, 11, 15)
            quarter(0, 5, 10, 15); quarter(1, 6, 11, 12); quarter(2, 7, 8, 13); quarter(3, 4, 9, 14)
        }
        val out = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN)
        for (i in intArrayOf(0, 1, 2, 3, 12, 13, 14, 15)) out.putInt(x[i])
        return out.array()
    }
}
