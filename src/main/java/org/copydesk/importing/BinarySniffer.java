package org.copydesk.importing;

/** Recognises files that are not text by their first bytes (a clearer message than "bad encoding"). */
final class BinarySniffer {
    private BinarySniffer() {
    }

    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
    }

    /** What kind of binary file the bytes start like, or null. */
    static String knownBinary(byte[] b) {
        if (isZip(b)) {
            return "a ZIP archive (or an Office file)";
        }
        if (isOle2(b)) {
            return "an old Office file (Word 97-2003 .doc or similar)";
        }
        if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return "a PDF file";
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "a PNG image";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "a JPEG image";
        }
        if (b.length >= 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "a GIF image";
        }
        return null;
    }

    /** Rejects a file that starts like a known binary format or holds a NUL byte. */
    static void rejectBinary(String fileName, byte[] bytes) throws ImportException {
        String kind = knownBinary(bytes);
        if (kind != null) {
            throw new ImportException(fileName + ": is " + kind + ", not text; not imported");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ImportException(fileName + ": NUL byte at byte " + i + ": a binary file, not text; not imported");
            }
        }
    }
}
