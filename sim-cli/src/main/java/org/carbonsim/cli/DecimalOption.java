package org.carbonsim.cli;

import java.math.BigDecimal;
import picocli.CommandLine;

/**
 * Converts a decimal option value ({@code --tick 0.01}) and says what was expected when it is not
 * one, instead of picocli's default message, which names a Java exception.
 */
final class DecimalOption implements CommandLine.ITypeConverter<BigDecimal> {
    /** Longest value accepted, so that "1e999999999" cannot make a huge number. */
    private static final int MAX_LENGTH = 40;

    @Override
    public BigDecimal convert(String value) {
        String text = value.strip();
        if (text.length() <= MAX_LENGTH && text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)")) {
            return new BigDecimal(text);
        }
        throw new CommandLine.TypeConversionException(
                "expected a decimal number such as 30.00 (digits and at most one point), got '" + value + "'");
    }
}
