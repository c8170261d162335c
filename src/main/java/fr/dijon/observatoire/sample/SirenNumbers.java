package fr.dijon.observatoire.sample;

/** Builds SIREN-like numbers: 8 digits followed by a Luhn check digit, as real SIREN numbers have. */
final class SirenNumbers {

    private SirenNumbers() {
    }

    /** The 9-digit number made of {@code eightDigits} and its Luhn check digit. */
    static String withCheckDigit(String eightDigits) {
        if (eightDigits.length() != 8 || !eightDigits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("8 digits expected: " + eightDigits);
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int digit = eightDigits.charAt(7 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return eightDigits + (10 - sum % 10) % 10;
    }
}
