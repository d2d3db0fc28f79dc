package fr.passerelle.domain.shared;

import java.util.stream.IntStream;

/** The Luhn checksum used by SIREN and SIRET numbers. */
final class Luhn {

    /** Every second digit from the right is doubled, and the digits of the double added: 7 gives 14, so 1 + 4. */
    private static final int[] DOUBLED = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};

    private Luhn() {
    }

    static boolean isValid(String digits) {
        int last = digits.length() - 1;
        int sum = IntStream.rangeClosed(0, last)
                .map(fromRight -> weighted(digits.charAt(last - fromRight) - '0', fromRight % 2 == 1))
                .sum();
        return sum % 10 == 0;
    }

    static int digitSum(String digits) {
        return digits.chars().map(digit -> digit - '0').sum();
    }

    private static int weighted(int digit, boolean doubled) {
        return doubled ? DOUBLED[digit] : digit;
    }
}
