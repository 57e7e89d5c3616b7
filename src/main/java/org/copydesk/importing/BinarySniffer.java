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

    /** What kind of binary file the bytes start like ("zip", "pdf" …: {@link ImportReason.Code#BINARY_FILE}), or null. */
    static String knownBinary(byte[] b) {
        if (isZip(b)) {
            return "zip";
        }
        if (isOle2(b)) {
            return "oldOffice";
        }
        if (b.length >= 5 && b[0] == '{' && b[1] == '\\' && b[2] == 'r' && b[3] == 't' && b[4] == 'f') {
            return "rtf";
        }
        if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return "pdf";
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (b.length >= 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "gif";
        }
        return null;
    }

    /** Rejects a file that starts like a known binary format or holds a NUL byte. */
    static void rejectBinary(String fileName, byte[] bytes) throws ImportException {
        String kind = knownBinary(bytes);
        if (kind != null) {
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.BINARY_FILE, kind));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ImportException(fileName, ImportReason.of(ImportReason.Code.NUL_BYTE, i));
            }
        }
    }
}
